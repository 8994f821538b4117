# Reference values for the median rule the kit compares printed numbers with
# (AnalysisKit.Consistency.PrintedSurvival: R's quantile.survfit) on curves where it differs from
# print.survfit: a curve that rests on exactly 0.5 up to its last observation (quantile takes the
# midpoint to that observation, print the start of the flat stretch), and an upper band that dips
# below 0.5 and rises again (the log band of a curve whose last steps are few: print takes the
# first time the band is below 0.5, quantile's reading of the non-monotone band a later one).
# For each case: the times and events, quantile(fit, 0.5) (point, lower, upper) and
# summary(fit)$table's median, 0.95LCL, 0.95UCL (print.survfit), conf.type = "log".
#
# Run from the repository root:   EDITOR=vi Rscript tests/reference/km/quantile_rule.R
# Writes quantile_rule.json next to this script.
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
})
stopifnot(packageVersion("survival") == "3.5.3")

here <- "tests/reference/km"
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "NA")

reading <- function(time, status) {
  fit <- survfit(Surv(time, status) ~ 1, conf.type = "log")
  q <- quantile(fit, probs = 0.5)
  p <- summary(fit)$table
  list(quantile = num(c(unname(q$quantile), unname(q$lower), unname(q$upper))),
       print = num(unname(c(p["median"], p["0.95LCL"], p["0.95UCL"]))))
}

differs <- function(r, k) r$quantile[k] != r$print[k]

# Hand-made cases: Kaseb et al. 2021 Table 4 Smoking / Missing (one death at 2.76, one censoring
# at 33.02; printed median 17.89), a curve on 0.5 from 2 to its last censoring at 4, a curve
# on 0.5 that drops again (both rules give the midpoint 2.5), and 28 synthetic patients (the
# kaseb2021 reconstruction's TTRP of the multinodular row) whose upper band falls to 0.4696 at
# 18.79 and rises to 0.4752 at 20.66 (print: 18.79; quantile: 20.66).
fixed <- list(
  list(name = "kaseb2021_smoking_missing", time = c(2.76, 33.02), status = c(1, 0)),
  list(name = "rests_on_half_to_last_censoring", time = c(1, 2, 3, 4), status = c(1, 1, 0, 0)),
  list(name = "flat_on_half_then_drops", time = c(1, 2, 3, 4), status = c(1, 1, 1, 1)),
  list(name = "upper_band_not_monotone",
       time = c(5.72, 6.54, 2.5, 1.25, 18.79, 17.54, 5.78, 2.83, 20.66, 3.06, 9.89, 10.25, 13.04, 2.73,
                12.98, 6.54, 2.53, 3.06, 3.06, 4.66, 2.53, 6.6, 5.03, 4.63, 23.03, 10.38, 2.76, 18.85),
       status = c(1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0))
)

# Small random samples (times 1..24 months with ties, about a third censored): the first three
# whose median differs between the two rules.
set.seed(20260101)
found <- list()
while (length(found) < 3) {
  n <- sample(4:14, 1)
  time <- sample(1:24, n, replace = TRUE)
  status <- rbinom(n, 1, 0.65)
  if (sum(status) == 0 || !differs(reading(time, status), 1)) next
  found[[length(found) + 1]] <- list(name = sprintf("random_%d", length(found) + 1), time = time, status = status)
}

cases <- lapply(c(fixed, found), function(c) {
  r <- reading(c$time, c$status)
  list(name = c$name, time = c$time, status = c$status, quantile = r$quantile, print = r$print)
})
out <- list(r_version = R.version.string, survival_version = as.character(packageVersion("survival")), cases = cases)
writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE, digits = NA), file.path(here, "quantile_rule.json"))
