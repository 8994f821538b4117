# Reference numbers for the Kaplan-Meier chart tests (tests/AnalysisKit.Tests/Charts).
# The chart's number-at-risk table must show summary(fit, times = t, extend = TRUE)$n.risk
# (patients with follow-up >= t, the count survminer's risk table prints) and its dashed
# median lines the medians of print(fit).
# Run from this folder:  EDITOR=vi Rscript km_chart.R   (writes km_chart.json)
suppressPackageStartupMessages({ library(survival); library(jsonlite) })

lung <- read.csv("../km/data/lung.csv")
fit <- survfit(Surv(time, status) ~ group, data = lung)
times <- seq(0, 1000, by = 200)
s <- summary(fit, times = times, extend = TRUE)
groups <- sub("^group=", "", names(fit$strata))
curves <- lapply(seq_along(groups), function(i) {
  keep <- as.integer(s$strata) == i
  list(group = groups[i],
       n_risk = s$n.risk[keep],
       median = unname(summary(fit)$table[i, "median"]))
})
test <- survdiff(Surv(time, status) ~ group, data = lung)
out <- list(survival_version = as.character(packageVersion("survival")),
            data = "../km/data/lung.csv", formula = "Surv(time, status) ~ group",
            times = times, curves = curves,
            logrank_p = pchisq(test$chisq, length(test$n) - 1, lower.tail = FALSE))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "km_chart.json")
