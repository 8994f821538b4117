# Reference for the ledger's "every enrolled patient" path: the 12 patients of small_ipd.csv
# plus the 3 of small_ipd_other.csv (enrolled, outside the analysed population), whole cohort.
# survfit with conf.type = "log" (R's default); median and limits as print.survfit reports them.
# Run from the repository root: EDITOR=vi Rscript tests/reference/reproduction/small_ipd_enrolled_reference.R
library(survival)
library(jsonlite)
dir <- "tests/reference/reproduction"
main <- read.csv(file.path(dir, "small_ipd.csv"))
other <- read.csv(file.path(dir, "small_ipd_other.csv"))
all <- rbind(main[, c("pfs_months", "pfs_event")], other[, c("pfs_months", "pfs_event")])
fit <- survfit(Surv(pfs_months, pfs_event) ~ 1, data = all, conf.type = "log")
tab <- summary(fit)$table
out <- list(
  n = unname(tab["records"]),
  events = unname(tab["events"]),
  median = unname(tab["median"]),
  median_lower = unname(tab["0.95LCL"]),
  median_upper = if (is.na(tab["0.95UCL"])) NULL else unname(tab["0.95UCL"])
)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, null = "null"), file.path(dir, "small_ipd_enrolled_reference.json"))
