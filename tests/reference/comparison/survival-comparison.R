# Reference values for AnalysisKit.Comparison.SurvivalComparison: two cohorts (the aml groups)
# compared by median, landmark survival and RMST at the common horizon (the smaller last time).
# Run from the repository root:  EDITOR=vi Rscript tests/reference/comparison/survival-comparison.R
suppressPackageStartupMessages({ library(survival); library(jsonlite) })
aml <- read.csv("tests/reference/km/data/aml.csv", stringsAsFactors = FALSE)
tau <- min(tapply(aml$time, aml$group, max))
cohorts <- lapply(sort(unique(aml$group)), function(g) {
  d <- aml[aml$group == g, ]
  fit <- survfit(Surv(time, status) ~ 1, data = d)
  tab <- summary(fit, rmean = tau)$table
  lm <- summary(fit, times = c(6, 12, 24))
  z <- qnorm(0.975)
  list(group = g, n = nrow(d), median = unname(tab["median"]),
       median_lower = unname(tab["0.95LCL"]), median_upper = unname(tab["0.95UCL"]),
       landmark_times = lm$time, landmark_surv = lm$surv, landmark_lower = lm$lower, landmark_upper = lm$upper,
       rmean = unname(tab["rmean"]), rmean_se = unname(tab["se(rmean)"]),
       rmean_lower = unname(tab["rmean"] - z * tab["se(rmean)"]), rmean_upper = unname(tab["rmean"] + z * tab["se(rmean)"]))
})
write_json(list(r = R.version.string, survival = as.character(packageVersion("survival")), tau = tau, cohorts = cohorts),
           "tests/reference/comparison/survival-comparison.json", auto_unbox = TRUE, digits = NA, pretty = TRUE)
