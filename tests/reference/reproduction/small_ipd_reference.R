# Reference values for the reproduction ledger's patient-level path (tests/AnalysisKit.Tests/Reproduction).
# Run from this folder: EDITOR=vi Rscript small_ipd_reference.R
library(survival)
library(jsonlite)
d <- read.csv("small_ipd.csv", stringsAsFactors = FALSE)
row <- function(s) {
  fit <- survfit(Surv(pfs_months, pfs_event) ~ 1, data = s)  # conf.type = "log"
  tab <- summary(fit)$table
  at <- summary(fit, times = 12)
  list(n = nrow(s), events = sum(s$pfs_event),
       median = unname(tab["median"]), median_lower = unname(tab["0.95LCL"]), median_upper = unname(tab["0.95UCL"]),
       s12 = at$surv, s12_lower = at$lower, s12_upper = at$upper)
}
out <- list(
  call = "survfit(Surv(pfs_months, pfs_event) ~ 1); summary(fit, times = 12); survdiff(Surv(pfs_months, pfs_event) ~ Sex)",
  all = row(d), female = row(d[d$Sex == "Female", ]), male = row(d[d$Sex == "Male", ]),
  logrank_p = 1 - pchisq(survdiff(Surv(pfs_months, pfs_event) ~ Sex, data = d)$chisq, 1))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "small_ipd_reference.json")
