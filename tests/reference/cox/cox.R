# Reference values for AnalysisKit.Survival.Cox: R survival::coxph (Efron and Breslow ties),
# with summary(coxph(...)) for the tests and the concordance.
# Run from this folder:  Rscript cox.R
# Writes data/*.csv (inputs) and cox.json (one entry per test case).

library(survival)
library(jsonlite)
source("../logrank/datasets.R")

dir.create("data", showWarnings = FALSE)
write_data <- function(name, d) {
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE)
  read.csv(file.path("data", paste0(name, ".csv")), stringsAsFactors = FALSE)
}

finite_or_na <- function(x) { x <- as.numeric(x); x[!is.finite(x)] <- NA; x }

run_case <- function(name, file, d, time, event, covariates, factors = character(0),
                     strata = NULL, ties = "efron", iter_max = 20) {
  d <- complete_rows(d, c(time, event, covariates, strata))
  df <- data.frame(time = d[[time]], status = d[[event]])
  terms <- character(0)
  for (v in covariates) {
    if (v %in% factors) {
      df[[v]] <- kit_factor(d[[v]])
      terms <- c(terms, paste0(v, "=", levels(df[[v]])[-1]))
    } else {
      df[[v]] <- d[[v]]
      terms <- c(terms, v)
    }
  }
  rhs <- paste(sprintf("`%s`", covariates), collapse = " + ")
  if (!is.null(strata)) {
    df$stratum <- d[[strata]]
    rhs <- paste(rhs, "+ strata(stratum)")
  }
  warnings <- character(0)
  fit <- withCallingHandlers(
    coxph(as.formula(paste("Surv(time, status) ~", rhs)), data = df, ties = ties,
          control = coxph.control(iter.max = iter_max)),
    warning = function(w) { warnings <<- c(warnings, conditionMessage(w)); invokeRestart("muffleWarning") })
  s <- summary(fit)
  co <- s$coefficients
  ci <- s$conf.int
  # R has no convergence flag: coxph.fit reports iter.max + 1 iterations when it ran out, and
  # warns when a coefficient may be infinite.
  converged <- fit$iter <= iter_max && !any(grepl("infinite", warnings))
  list(name = name, data = file, time = time, event = event,
       covariates = covariates, factors = factors,
       strata = if (is.null(strata)) NA else strata, ties = ties, iter_max = iter_max,
       n = fit$n, events = fit$nevent, iterations = fit$iter, converged = converged,
       warnings = warnings, singular = any(is.na(coef(fit))),
       terms = terms,
       coef = finite_or_na(co[, "coef"]), se = finite_or_na(co[, "se(coef)"]),
       hr = finite_or_na(co[, "exp(coef)"]),
       hr_lower = finite_or_na(ci[, "lower .95"]), hr_upper = finite_or_na(ci[, "upper .95"]),
       z = finite_or_na(co[, "z"]), p = finite_or_na(co[, "Pr(>|z|)"]),
       means = finite_or_na(fit$means),
       var = unname(lapply(seq_len(nrow(fit$var)), function(i) finite_or_na(fit$var[i, ]))),
       loglik_null = fit$loglik[1], loglik = fit$loglik[2],
       lr = list(stat = finite_or_na(s$logtest[["test"]]), df = s$logtest[["df"]], p = finite_or_na(s$logtest[["pvalue"]])),
       wald = list(stat = finite_or_na(fit$wald.test), df = s$waldtest[["df"]], p = finite_or_na(s$waldtest[["pvalue"]])),
       score = list(stat = finite_or_na(s$sctest[["test"]]), df = s$sctest[["df"]], p = finite_or_na(s$sctest[["pvalue"]])),
       concordance = finite_or_na(s$concordance[["C"]]), concordance_se = finite_or_na(s$concordance[["se(C)"]]))
}

cases <- list()
add <- function(..., ties_list = c("efron", "breslow")) {
  for (ties in ties_list) cases[[length(cases) + 1]] <<- run_case(..., ties = ties)
}

classic <- classic_datasets()
lung <- write_data("lung", classic$lung)
vet <- write_data("veteran", classic$veteran)
ov <- write_data("ovarian", classic$ovarian)
aml <- write_data("aml", classic$aml)
add("lung_age_sex_ecog", "lung.csv", lung, "time", "status", c("age", "sex", "ph.ecog"))
add("lung_five", "lung.csv", lung, "time", "status", c("age", "sex", "ph.ecog", "ph.karno", "wt.loss"))
add("lung_factor_ecog", "lung.csv", lung, "time", "status", c("age", "ph.ecog"), factors = "ph.ecog")
add("lung_strata_ecog", "lung.csv", lung, "time", "status", c("age", "sex"), strata = "ph.ecog")
add("lung_sex", "lung.csv", lung, "time", "status", "sex")
add("veteran_all", "veteran.csv", vet, "time", "status",
    c("trt", "karno", "diagtime", "age", "prior", "celltype"), factors = "celltype")
add("veteran_strata_trt", "veteran.csv", vet, "time", "status", c("karno", "celltype"),
    factors = "celltype", strata = "trt")
add("ovarian", "ovarian.csv", ov, "futime", "fustat", c("age", "resid.ds", "rx", "ecog.ps"))
add("ovarian_strata_rx", "ovarian.csv", ov, "futime", "fustat", c("age", "ecog.ps"), strata = "rx")
add("aml", "aml.csv", aml, "time", "status", "x", factors = "x")
# Running out of iterations: R's warning, converged = false.
add("lung_iter_max_2", "lung.csv", lung, "time", "status", c("age", "sex", "ph.ecog", "ph.karno"), iter_max = 2)
add("ovarian_iter_max_3", "ovarian.csv", ov, "futime", "fustat", c("age", "resid.ds", "rx", "ecog.ps"), iter_max = 3)

gen <- generated_datasets()
for (name in names(gen)) {
  d <- write_data(name, gen[[name]])
  file <- paste0(name, ".csv")
  covariates <- c("x1", "x2", "f", "group")
  factors <- c("f", "group")
  if (name %in% c("tiny", "small", "censor_all_but_one")) { covariates <- c("x1", "x2"); factors <- character(0) }
  if (name %in% c("separating", "covariate_scale", "outlier_covariate")) { covariates <- c("x1", "x2"); factors <- character(0) }
  if (name == "separating_factor") { covariates <- c("x1", "f"); factors <- "f" }
  add(name, file, d, "time", "status", covariates, factors = factors)
  if (length(unique(d$stratum)) > 1)
    add(paste0(name, "_strata"), file, d, "time", "status", setdiff(covariates, "group"),
        factors = setdiff(factors, "group"), strata = "stratum")
}
# Collinear covariates: x3 = 2 x1 + 1 gets an NA coefficient (R's singular.ok = TRUE).
collinear <- within(read.csv("data/basic.csv", stringsAsFactors = FALSE), x3 <- 2 * x1 + 1)
collinear <- write_data("collinear", collinear)
add("collinear", "collinear.csv", collinear, "time", "status", c("x1", "x2", "x3"))
# Single covariates: a continuous one and a 0/1 one (not centred by coxph).
add("basic_x1_only", "basic.csv", read.csv("data/basic.csv", stringsAsFactors = FALSE), "time", "status", "x1")
add("basic_x2_only", "basic.csv", read.csv("data/basic.csv", stringsAsFactors = FALSE), "time", "status", "x2")

write_json(list(r_version = R.version.string,
                survival_version = as.character(packageVersion("survival")),
                cases = cases),
           "cox.json", digits = NA, auto_unbox = TRUE, na = "null", pretty = TRUE)
cat(length(cases), "cases written\n")
