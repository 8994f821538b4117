# Reference values for the Kaplan-Meier part of AnalysisKit (src/AnalysisKit/Survival).
#
# Run from the repository root:   EDITOR=vi Rscript tests/reference/km/km_reference.R
# Written with R's survival 3.5.3 and jsonlite. Outputs, next to this script:
#   data/*.csv       the input data sets (times written with 17 significant digits, so the
#                    kit reads exactly the doubles R used)
#   km_reference.json (NA, NaN and Inf written as the strings "NA", "NaN", "Inf") for every data set, curve, conf.type (log, log-log, plain) and conf.int
#                    (0.95, 0.90): the survfit table, quantile(), the print.survfit median and
#                    its limits (summary(fit)$table), summary(fit, times=) with and without
#                    extend=, and the restricted mean with rmean="common" and a fixed tau.
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
})
stopifnot(packageVersion("survival") == "3.5.3")

here <- "tests/reference/km"
dir.create(file.path(here, "data"), showWarnings = FALSE, recursive = TRUE)

num17 <- function(x) sprintf("%.17g", x)

write_data <- function(name, time, status, group = NULL) {
  df <- data.frame(time = num17(time), status = as.character(status), stringsAsFactors = FALSE)
  if (!is.null(group)) df$group <- as.character(group)
  write.csv(df, file.path(here, "data", paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
  list(name = name, time = time, status = status, group = group)
}

sets <- list()
add <- function(...) sets[[length(sets) + 1]] <<- write_data(...)

# (a) classic data sets of package survival ---------------------------------------------
add("lung", lung$time, lung$status, lung$sex)                  # status 1 = censored, 2 = dead
add("lung_all", lung$time, lung$status)
add("veteran", veteran$time, veteran$status, veteran$celltype)
add("ovarian", ovarian$futime, ovarian$fustat, ovarian$rx)
add("aml", aml$time, aml$status, aml$x)

# (b) generated data sets (fixed seed) ----------------------------------------------------
set.seed(20240611)
g2 <- function(n) sample(c("A", "B"), n, replace = TRUE)

# continuous exponential times, moderate censoring, several sizes
for (n in c(8, 25, 60, 150)) {
  t <- round(rexp(n, 1 / 10), 2); c <- round(rexp(n, 1 / 15), 2)
  add(sprintf("exp_n%d", n), pmin(t, c), as.integer(t <= c), g2(n))
}
# heavy ties: integer times on a short range, events and censorings on the same days
for (k in 1:3) {
  n <- 40 * k
  add(sprintf("ties_heavy_%d", k), sample(1:6, n, replace = TRUE), rbinom(n, 1, 0.6), g2(n))
}
# heavy censoring (about 85 % censored)
for (k in 1:2) {
  n <- 50
  add(sprintf("censor_heavy_%d", k), round(runif(n, 0, 24), 1), rbinom(n, 1, 0.15), g2(n))
}
# a group whose subjects are all censored
n <- 30
add("all_censored_group", round(runif(n, 1, 20), 1),
    c(rbinom(15, 1, 0.7), rep(0, 15)), rep(c("events", "censored"), each = 15))
# every subject censored, no group
add("all_censored", c(3, 5, 5, 8, 12), c(0, 0, 0, 0, 0))
# single-subject groups next to a larger one
add("single_subject_groups", c(4, 7, 2, 3, 5, 6, 9, 11, 12, 15),
    c(1, 0, 1, 1, 0, 1, 1, 0, 1, 0), c("solo_event", "solo_censored", rep("many", 8)))
# one subject in all
add("one_subject", 5, 1)
# times of 0 (events and censorings at 0)
add("time_zero", c(0, 0, 0, 1, 2, 2, 3, 5, 8, 13), c(1, 0, 1, 1, 1, 0, 1, 0, 1, 1))
add("time_zero_groups", c(0, 0, 1, 4, 6, 0, 2, 3, 3, 7, 9, 10),
    c(1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1), rep(c("x", "y"), c(5, 7)))
# last observation censored / last observation an event
add("last_censored", c(2, 3, 3, 5, 7, 8, 10, 14, 16, 20), c(1, 1, 0, 1, 0, 1, 1, 0, 1, 0))
add("last_event", c(2, 3, 3, 5, 7, 8, 10, 14, 16, 20), c(1, 1, 0, 1, 0, 1, 1, 0, 1, 1))
# survival exactly 0.5 over a flat stretch: 10 subjects, 5 events, then censorings, then events
add("flat_half", c(1, 2, 3, 4, 5, 6, 7, 9, 11, 12), c(1, 1, 1, 1, 1, 0, 0, 1, 1, 1))
# flat at 0.5 until the last observation (censored): print.survfit and quantile() differ
add("flat_half_to_end", c(1, 2, 3, 4, 6, 7, 8, 9), c(1, 1, 1, 1, 0, 0, 0, 0))
# 0.25 / 0.75 hit exactly on flat stretches, uncensored even-sized sample
add("flat_quartiles", c(1, 2, 3, 4, 5, 6, 7, 8), rep(1, 8))
# flat at 0.5 in two groups at once
add("flat_half_groups", c(1, 2, 3, 4, 8, 10, 1, 3, 5, 5, 6, 9),
    c(1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1), rep(c("p", "q"), each = 6))
# a curve that never reaches 0.5
add("never_half", c(1, 3, 4, 6, 8, 9, 10, 12, 15, 18), c(1, 0, 0, 1, 0, 0, 1, 0, 0, 0))
add("never_half_groups", round(runif(40, 0, 30), 1), c(rbinom(20, 1, 0.8), rbinom(20, 1, 0.1)),
    rep(c("falls", "stays"), each = 20))
# no censoring at all
add("all_events", round(rexp(20, 1 / 5), 1), rep(1, 20))
# several groups (numeric group labels sort numerically: 1, 2, 10)
n <- 90
add("several_groups", round(rweibull(n, 1.3, 12), 1), rbinom(n, 1, 0.7),
    sample(c("1", "2", "10"), n, replace = TRUE))
n <- 120
add("five_groups", round(rexp(n, 1 / 8), 1), rbinom(n, 1, 0.75),
    sample(c("alpha", "beta", "gamma", "delta", "Epsilon"), n, replace = TRUE))
# floating-point ties: times equal up to round-off are merged (timefix / aeqSurv)
add("float_ties", c(0.1 + 0.2, 0.3, 0.3, 1 - 0.9, 0.1, 0.7, 0.1 * 7, 1.1, 1.1 + 1e-12, 2),
    c(1, 1, 0, 1, 0, 1, 1, 1, 0, 1))
add("float_ties_groups", c(0.1 + 0.2, 0.3, 0.3, 1 - 0.9, 0.1, 0.7, 0.1 * 7, 1.1, 1.1 + 1e-12, 2, 3 * 0.1, 0.7),
    c(1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0), rep(c("u", "v"), 6))
# small samples with tied event and censoring at the same time
add("tied_event_censor", c(3, 3, 3, 5, 5, 6, 6, 6, 9), c(1, 0, 1, 1, 0, 0, 1, 0, 1))
# large times and small times (scale)
add("large_times", round(rexp(30, 1 / 2000)), rbinom(30, 1, 0.6), g2(30))
add("small_times", signif(rexp(30, 50), 6), rbinom(30, 1, 0.6), g2(30))
# survival drops to 0 in one group and not in the other
add("drops_to_zero", c(1, 2, 2, 4, 5, 1, 3, 6, 7, 8), c(1, 1, 1, 1, 1, 1, 0, 1, 1, 0),
    rep(c("zero", "positive"), each = 5))
# 1/2 status coding as R's Surv (1 = censored, 2 = event)
add("status_12", c(5, 8, 8, 11, 13, 17, 21, 30), c(2, 1, 2, 2, 1, 2, 1, 2))

# (c) reference values -----------------------------------------------------------------
arr <- function(x) I(as.numeric(x))

curve_values <- function(fit, tau, times) {
  nstrat <- if (is.null(fit$strata)) 1 else length(fit$strata)
  lab <- if (is.null(fit$strata)) "all" else sub("^group=", "", names(fit$strata))
  q <- quantile(fit, c(0.25, 0.5, 0.75))
  tab_common <- summary(fit, rmean = "common")$table
  tab_fixed <- summary(fit, rmean = tau)$table
  if (nstrat == 1) {
    tab_common <- matrix(tab_common, nrow = 1, dimnames = list(NULL, names(tab_common)))
    tab_fixed <- matrix(tab_fixed, nrow = 1, dimnames = list(NULL, names(tab_fixed)))
  }
  common_tau <- summary(fit, rmean = "common")$rmean.endtime[1]
  lcl <- grep("LCL$", colnames(tab_common)); ucl <- grep("UCL$", colnames(tab_common))
  out <- vector("list", nstrat)
  for (i in seq_len(nstrat)) {
    f <- if (nstrat == 1) fit else fit[i]
    qi <- function(m) if (nstrat == 1) m else m[i, ]
    at <- function(extend) {
      s <- tryCatch(summary(f, times = times, extend = extend), error = function(e) NULL)
      if (is.null(s)) return(list(time = arr(numeric(0)), n_risk = arr(numeric(0)), n_event = arr(numeric(0)),
                                  n_censor = arr(numeric(0)), surv = arr(numeric(0)), std_err = arr(numeric(0)),
                                  lower = arr(numeric(0)), upper = arr(numeric(0))))
      list(time = arr(s$time), n_risk = arr(s$n.risk), n_event = arr(s$n.event), n_censor = arr(s$n.censor),
           surv = arr(s$surv), std_err = arr(s$std.err), lower = arr(s$lower), upper = arr(s$upper))
    }
    out[[i]] <- list(
      group = lab[i],
      n = f$n, events = sum(f$n.event),
      table = list(time = arr(f$time), n_risk = arr(f$n.risk), n_event = arr(f$n.event),
                   n_censor = arr(f$n.censor), surv = arr(f$surv),
                   std_err = arr(f$std.err * f$surv),       # SE of S, as summary.survfit reports
                   std_err_cumhaz = arr(f$std.err),         # survfit$std.err (cumulative-hazard scale)
                   lower = arr(f$lower), upper = arr(f$upper)),
      quantiles = list(p = arr(c(0.25, 0.5, 0.75)), time = arr(qi(q$quantile)),
                       lower = arr(qi(q$lower)), upper = arr(qi(q$upper))),
      median = tab_common[i, "median"], median_lower = tab_common[i, lcl], median_upper = tab_common[i, ucl],
      rmean_common = tab_common[i, "rmean"], rmean_common_se = tab_common[i, "se(rmean)"],
      rmean_common_tau = common_tau,
      rmean_fixed = tab_fixed[i, "rmean"], rmean_fixed_se = tab_fixed[i, "se(rmean)"],
      at_times = at(FALSE), at_times_extend = at(TRUE))
  }
  out
}

results <- lapply(sets, function(s) {
  d <- data.frame(time = s$time, status = s$status)
  grouped <- !is.null(s$group)
  if (grouped) {
    # level order as the kit's LevelOrder: numeric when every label is a number, else C-locale
    u <- unique(as.character(s$group))
    nums <- suppressWarnings(as.numeric(u))
    lev <- if (all(!is.na(nums))) u[order(nums)] else sort(u, method = "radix")
    d$group <- factor(as.character(s$group), levels = lev)
  }
  alltime <- sort(unique(s$time))
  # chosen times: 0, three inner quantiles of the observed times (and one observed time
  # exactly), and one beyond the last observation
  times <- unique(c(0, as.numeric(quantile(alltime, c(0.2, 0.5, 0.8), type = 1)) + 0.25 * (alltime[1] != max(alltime)),
                    alltime[ceiling(length(alltime) / 2)], max(alltime) * 1.5 + 1))
  tau <- as.numeric(quantile(s$time, 0.6, type = 1))
  if (tau <= 0) tau <- max(s$time) / 2 + 1
  fits <- list()
  for (level in c(0.95, 0.90)) for (ct in c("log", "log-log", "plain")) {
    fit <- if (grouped) survfit(Surv(time, status) ~ group, data = d, conf.type = ct, conf.int = level)
           else survfit(Surv(time, status) ~ 1, data = d, conf.type = ct, conf.int = level)
    fits[[length(fits) + 1]] <- list(conf_type = ct, conf_level = level,
                                      curves = curve_values(fit, tau, times))
  }
  list(name = s$name, file = paste0("data/", s$name, ".csv"), grouped = grouped,
       times = arr(times), tau = tau, fits = fits)
})

write_json(list(survival_version = as.character(packageVersion("survival")), datasets = results),
           file.path(here, "km_reference.json"), auto_unbox = TRUE, digits = I(17), na = "string", pretty = FALSE)
cat("wrote", length(sets), "data sets\n")
