# Reference values for the cross-trial pooling of data/comparison/outcomes.csv.
# Run from the repository root:  EDITOR=vi Rscript tests/reference/comparison/pooled.R
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })
outcomes <- read.csv("data/comparison/outcomes.csv", stringsAsFactors = FALSE, check.names = FALSE)
results <- list()
for (outcome in unique(outcomes$outcome)) {
  d <- outcomes[outcomes$outcome == outcome, ]
  if (nrow(d) < 2) next
  for (measure in c("PLO", "PFT")) for (method in c("REML", "DL")) {
    es <- escalc(measure = measure, xi = d$events, ni = d$n)
    fit <- rma(yi, vi, data = es, method = method)
    transf <- if (measure == "PLO") transf.ilogit else transf.ipft.hm
    targs <- if (measure == "PLO") NULL else list(ni = d$n)
    p <- predict(fit, transf = transf, targs = targs)
    results[[length(results) + 1]] <- list(
      outcome = outcome, measure = measure, method = method, studies = d$trial,
      estimate = unname(fit$b[1]), se = fit$se, ci_lower = fit$ci.lb, ci_upper = fit$ci.ub,
      tau2 = fit$tau2, i2 = fit$I2, h2 = fit$H2, q = fit$QE, q_p = fit$QEp,
      proportion = unname(p$pred), proportion_lower = unname(p$ci.lb), proportion_upper = unname(p$ci.ub),
      proportion_pi_lower = unname(p$pi.lb), proportion_pi_upper = unname(p$pi.ub))
  }
}
write_json(list(r = R.version.string, metafor = as.character(packageVersion("metafor")), results = results),
           "tests/reference/comparison/pooled.json", auto_unbox = TRUE, digits = NA, pretty = TRUE)
