# Reference values for the km command's summary (analysis-kit km --group): what R prints for
# print(survfit(Surv(time, status) ~ group)) -- n, events, median, 0.95LCL, 0.95UCL per curve,
# as printed and as full doubles -- and the log-rank test of the same groups (survdiff).
#
# Run from the repository root:   EDITOR=vi Rscript tests/reference/km/km_print.R
# Reads data/*.csv (written by km_reference.R); writes km_print.json next to this script.
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
})
stopifnot(packageVersion("survival") == "3.5.3")

here <- "tests/reference/km"
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "NA")

case <- function(name) {
  d <- read.csv(file.path(here, "data", paste0(name, ".csv")), colClasses = c(group = "character"))
  fit <- survfit(Surv(time, status) ~ group, data = d)
  table <- summary(fit)$table
  printed <- capture.output(print(fit))
  test <- survdiff(Surv(time, status) ~ group, data = d)
  list(
    name = name,
    printed = printed[nzchar(printed)],
    groups = sub("^group=", "", rownames(table)),
    n = unname(table[, "records"]),
    events = unname(table[, "events"]),
    median = num(table[, "median"]),
    lower = num(table[, "0.95LCL"]),
    upper = num(table[, "0.95UCL"]),
    chisq = num(test$chisq),
    df = length(test$n) - 1,
    p = num(pchisq(test$chisq, length(test$n) - 1, lower.tail = FALSE)),
    observed = num(test$obs),
    expected = num(test$exp)
  )
}

cases <- lapply(c("aml", "lung"), case)
out <- list(r_version = R.version.string, survival_version = as.character(packageVersion("survival")), cases = cases)
writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE, digits = NA), file.path(here, "km_print.json"))
