# Reference values for AnalysisKit.Survival.LogRankTest: R survival::survdiff (G-rho family).
# Run from this folder:  Rscript logrank.R
# Writes data/*.csv (inputs) and logrank.json (one entry per test case).

library(survival)
library(jsonlite)
source("datasets.R")

dir.create("data", showWarnings = FALSE)
write_data <- function(name, d) {
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE)
  read.csv(file.path("data", paste0(name, ".csv")), stringsAsFactors = FALSE)
}

finite_or_na <- function(x) { x <- as.numeric(x); x[!is.finite(x)] <- NA; x }

run_case <- function(name, file, d, time, event, group, strata = NULL, rho = 0) {
  cols <- c(time, event, group, strata)
  d <- complete_rows(d, cols)
  df <- data.frame(time = d[[time]], status = d[[event]], group = kit_factor(d[[group]]))
  if (is.null(strata)) {
    fit <- survdiff(Surv(time, status) ~ group, data = df, rho = rho)
  } else {
    df$stratum <- d[[strata]]
    fit <- survdiff(Surv(time, status) ~ group + strata(stratum), data = df, rho = rho)
  }
  obs <- if (is.matrix(fit$obs)) rowSums(fit$obs) else fit$obs
  exp <- if (is.matrix(fit$exp)) rowSums(fit$exp) else fit$exp
  dfree <- sum(exp > 0) - 1
  list(name = name, data = file, time = time, event = event, group = group,
       strata = if (is.null(strata)) NA else strata, rho = rho,
       n_rows = nrow(d),
       chisq = finite_or_na(fit$chisq), df = dfree, p = finite_or_na(fit$pvalue),
       groups = levels(df$group),
       n = as.numeric(fit$n), observed = finite_or_na(obs), expected = finite_or_na(exp),
       var = unname(lapply(seq_len(nrow(fit$var)), function(i) finite_or_na(fit$var[i, ]))))
}

cases <- list()
add <- function(...) cases[[length(cases) + 1]] <<- run_case(...)

classic <- classic_datasets()
lung <- write_data("lung", complete_rows(classic$lung, c("time", "status", "sex", "ph.ecog")))
vet <- write_data("veteran", classic$veteran)
ov <- write_data("ovarian", classic$ovarian)
aml <- write_data("aml", classic$aml)
for (rho in c(0, 1)) {
  add("lung_sex", "lung.csv", lung, "time", "status", "sex", rho = rho)
  add("lung_ecog", "lung.csv", lung, "time", "status", "ph.ecog", rho = rho)
  add("lung_sex_strata_ecog", "lung.csv", lung, "time", "status", "sex", "ph.ecog", rho = rho)
  add("veteran_celltype", "veteran.csv", vet, "time", "status", "celltype", rho = rho)
  add("veteran_celltype_strata_trt", "veteran.csv", vet, "time", "status", "celltype", "trt", rho = rho)
  add("veteran_trt_strata_celltype", "veteran.csv", vet, "time", "status", "trt", "celltype", rho = rho)
  add("ovarian_rx", "ovarian.csv", ov, "futime", "fustat", "rx", rho = rho)
  add("ovarian_rx_strata_resid", "ovarian.csv", ov, "futime", "fustat", "rx", "resid.ds", rho = rho)
  add("aml_x", "aml.csv", aml, "time", "status", "x", rho = rho)
}

gen <- generated_datasets()
for (name in names(gen)) {
  d <- write_data(name, gen[[name]])
  file <- paste0(name, ".csv")
  for (rho in c(0, 1)) {
    add(name, file, d, "time", "status", "group", rho = rho)
    if (length(unique(d$stratum)) > 1)
      add(paste0(name, "_strata"), file, d, "time", "status", "group", "stratum", rho = rho)
  }
}
# Non-integer rho (the G-rho family is not limited to 0 and 1).
add("basic_rho_half", "basic.csv", read.csv("data/basic.csv", stringsAsFactors = FALSE),
    "time", "status", "group", rho = 0.5)
add("strata2_rho_2", "strata2.csv", read.csv("data/strata2.csv", stringsAsFactors = FALSE),
    "time", "status", "group", "stratum", rho = 2)

write_json(list(r_version = R.version.string,
                survival_version = as.character(packageVersion("survival")),
                cases = cases),
           "logrank.json", digits = NA, auto_unbox = TRUE, na = "null", pretty = TRUE)
cat(length(cases), "cases written\n")
