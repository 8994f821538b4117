# Reference values for park2012's 6-month PFS interval, recomputed by the reproduction ledger
# with the transform trial.json names (ci_transform.landmark = "plain") on the committed
# synthetic patients (data/trials/park2012/ipd.csv), and, for contrast, with R's default "log".
# The ledger's TTP median interval keeps the default (ci_transform.median is null).
# Run from this folder: EDITOR=vi Rscript park2012_plain.R
library(survival)
library(jsonlite)
d <- read.csv("../../../data/trials/park2012/ipd.csv", stringsAsFactors = FALSE)
landmark <- function(type) {
  fit <- survfit(Surv(pfs_months, pfs_event) ~ 1, data = d, conf.type = type)
  at <- summary(fit, times = 6)
  list(s6 = at$surv, s6_lower = at$lower, s6_upper = at$upper, n_risk = at$n.risk)
}
ttp <- summary(survfit(Surv(ttp_months, ttp_event) ~ 1, data = d))$table
out <- list(
  call = "survfit(Surv(pfs_months, pfs_event) ~ 1, data = ipd, conf.type = \"plain\" | \"log\"); summary(fit, times = 6)",
  n = nrow(d), pfs_events = sum(d$pfs_event),
  plain = landmark("plain"), log = landmark("log"),
  ttp_median = unname(ttp["median"]), ttp_median_lower = unname(ttp["0.95LCL"]), ttp_median_upper = unname(ttp["0.95UCL"]))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "park2012_plain.json")
