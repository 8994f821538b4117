# The R side of the AnalysisKit performance benchmark: the same work as the kit's commands
# `analysis-kit km --group` (with its log-rank test) and `analysis-kit cox`, from the same CSV,
# printing the summary that CliSummary.cs reads off the kit's JSON.
#   Rscript bench.R km  FILE   # survfit(~ group) medians and survdiff (log-rank)
#   Rscript bench.R cox FILE   # coxph(~ x1 + x2 + x3, ties = "efron"), concordance included
# The file is read with base read.csv (data.table is not installed here).
suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 2, args[1] %in% c("km", "cox"))
mode <- args[1]
d <- read.csv(args[2])

say <- function(name, value) {
  cat(name, if (is.na(value)) "NA" else sprintf("%.12g", value), "\n")
}

if (mode == "km") {
  fit <- survfit(Surv(time, status) ~ group, data = d)
  test <- survdiff(Surv(time, status) ~ group, data = d)
  table <- summary(fit)$table
  groups <- sub("^group=", "", names(fit$strata))
  ends <- cumsum(fit$strata)
  say("n", nrow(d))
  for (k in seq_along(groups)) {
    g <- groups[k]
    say(sprintf("rows[%s]", g), fit$strata[[k]])
    say(sprintf("events[%s]", g), table[k, "events"])
    say(sprintf("last_survival[%s]", g), fit$surv[ends[k]])
    say(sprintf("median[%s]", g), table[k, "median"])
    say(sprintf("median_lower[%s]", g), table[k, "0.95LCL"])
    say(sprintf("median_upper[%s]", g), table[k, "0.95UCL"])
  }
  for (k in seq_along(groups)) say(sprintf("expected[%s]", groups[k]), test$exp[k])
  say("logrank_chisq", test$chisq)
  say("logrank_df", length(test$n) - 1)
} else {
  fit <- coxph(Surv(time, status) ~ x1 + x2 + x3, data = d, ties = "efron")
  say("n", fit$n)
  say("events", fit$nevent)
  se <- sqrt(diag(fit$var))
  for (k in seq_along(coef(fit))) {
    say(sprintf("coef[%s]", names(coef(fit))[k]), coef(fit)[k])
    say(sprintf("se[%s]", names(coef(fit))[k]), se[k])
  }
  say("loglik_null", fit$loglik[1])
  say("loglik", fit$loglik[2])
  say("iterations", fit$iter)
  say("concordance", fit$concordance[["concordance"]])
  say("concordance_se", fit$concordance[["std"]])
}
