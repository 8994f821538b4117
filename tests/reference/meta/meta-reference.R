# Reference values for AnalysisKit.MetaAnalysis and AnalysisKit.Proportions.
#
# Run from this folder:   EDITOR=vi Rscript meta-reference.R
# Reads every inputs/*.csv (columns study, events, n) and writes
#   meta-reference.json      escalc / rma.uni / predict / weights / leave1out for
#                            measure PLO and PFT x method DL and REML x test z and knha
#   binomial-reference.json  binom.test and prop.test confidence intervals
# Written with metafor 3.8-1 and R's stats package; numbers with full precision (digits = NA).

suppressPackageStartupMessages(library(metafor))
library(jsonlite)

inputs <- sort(list.files("inputs", pattern = "\\.csv$", full.names = TRUE))

clopper_pearson <- function(x, n, level = 0.95) {
  ci <- binom.test(x, n, conf.level = level)$conf.int
  c(ci[1], ci[2])
}

fit_one <- function(dat, measure, method, knha) {
  es <- escalc(measure = measure, xi = events, ni = n, data = dat)
  test <- if (knha) "knha" else "z"
  fit <- rma(yi, vi, data = es, method = method, test = test)
  pred <- predict(fit)
  back <- if (measure == "PLO") {
    predict(fit, transf = transf.ilogit)
  } else {
    predict(fit, transf = transf.ipft.hm, targs = list(ni = dat$n))
  }
  l1o <- leave1out(fit)
  # The same model run to a far tighter convergence criterion: how far metafor's own
  # stopping rule (threshold 1e-5 on the change in tau^2) is from the REML optimum.
  exact <- rma(yi, vi, data = es, method = method, test = test,
               control = list(threshold = 1e-14, maxiter = 10000))
  list(
    measure = measure, method = method, knha = knha, k = fit$k,
    estimate = c(fit$beta), se = fit$se, zval = fit$zval, pval = fit$pval,
    ci_lb = fit$ci.lb, ci_ub = fit$ci.ub, df = if (knha) fit$ddf else NA,
    tau2 = fit$tau2, se_tau2 = fit$se.tau2, I2 = fit$I2, H2 = fit$H2,
    QE = fit$QE, QE_df = fit$k - fit$p, QEp = fit$QEp,
    pi_lb = pred$pi.lb, pi_ub = pred$pi.ub,
    proportion = back$pred, proportion_lower = back$ci.lb, proportion_upper = back$ci.ub,
    proportion_pi_lb = back$pi.lb, proportion_pi_ub = back$pi.ub,
    weights = unname(weights(fit)),
    tau2_tight = exact$tau2, estimate_tight = c(exact$beta),
    leave1out = list(
      estimate = l1o$estimate, se = l1o$se, stat = l1o[[3]], pval = l1o$pval,
      ci_lb = l1o$ci.lb, ci_ub = l1o$ci.ub, Q = l1o$Q, Qp = l1o$Qp,
      tau2 = l1o$tau2, I2 = l1o$I2, H2 = l1o$H2)
  )
}

datasets <- lapply(inputs, function(path) {
  dat <- read.csv(path, stringsAsFactors = FALSE)
  cp <- t(mapply(clopper_pearson, dat$events, dat$n))
  effects <- lapply(c(PLO = "PLO", PFT = "PFT"), function(m) {
    es <- escalc(measure = m, xi = events, ni = n, data = dat)
    list(yi = c(es$yi), vi = c(es$vi))
  })
  fits <- list()
  for (measure in c("PLO", "PFT"))
    for (method in c("DL", "REML"))
      for (knha in c(FALSE, TRUE))
        fits[[length(fits) + 1]] <- fit_one(dat, measure, method, knha)
  list(
    name = sub("\\.csv$", "", basename(path)),
    study = dat$study, events = dat$events, n = dat$n,
    cp_lower = cp[, 1], cp_upper = cp[, 2],
    effects = effects, fits = fits
  )
})

write_json(datasets, "meta-reference.json", digits = NA, auto_unbox = TRUE,
           na = "null", pretty = TRUE)

# Binomial intervals: x = 0, 1, n - 1, n and a middle value, small to very large n,
# at several confidence levels.
cases <- list()
for (n in c(1, 2, 5, 20, 34, 100, 1000, 10000, 1e6)) {
  for (x in unique(c(0, 1, n - 1, n, floor(n / 3)))) {
    if (x < 0 || x > n) next
    for (level in c(0.5, 0.9, 0.95, 0.99, 0.999)) {
      cp <- binom.test(x, n, conf.level = level)$conf.int
      wilson <- suppressWarnings(prop.test(x, n, conf.level = level, correct = FALSE)$conf.int)
      wilson_cc <- suppressWarnings(prop.test(x, n, conf.level = level, correct = TRUE)$conf.int)
      cases[[length(cases) + 1]] <- list(
        x = x, n = n, level = level,
        cp_lower = cp[1], cp_upper = cp[2],
        wilson_lower = wilson[1], wilson_upper = wilson[2],
        wilson_cc_lower = wilson_cc[1], wilson_cc_upper = wilson_cc[2])
    }
  }
}
write_json(cases, "binomial-reference.json", digits = NA, auto_unbox = TRUE,
           na = "null", pretty = TRUE)
