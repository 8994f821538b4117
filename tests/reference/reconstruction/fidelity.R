# R reference for the synthetic patients of the four abstract-only trials: every Kaplan-Meier
# number their fidelity tables compute, recomputed by survival::survfit from the committed
# data/trials/<id>/ipd.csv. Run from the repository root:
#   EDITOR=vi Rscript tests/reference/reconstruction/fidelity.R
# Writes tests/reference/reconstruction/fidelity_reference.json.
library(survival)
library(jsonlite)

ipd <- function(trial) read.csv(file.path("data", "trials", trial, "ipd.csv"), stringsAsFactors = FALSE)

median_ci <- function(d, endpoint, reverse = FALSE, conf.type = "log") {
  status <- d[[paste0(endpoint, "_event")]]
  if (reverse) status <- 1 - status
  fit <- survfit(Surv(d[[paste0(endpoint, "_months")]], status) ~ 1, conf.type = conf.type)
  tab <- summary(fit)$table
  c(median = unname(tab["median"]), lower = unname(tab["0.95LCL"]), upper = unname(tab["0.95UCL"]))
}

rate_ci <- function(d, endpoint, t, conf.type = "log") {
  fit <- survfit(Surv(d[[paste0(endpoint, "_months")]], d[[paste0(endpoint, "_event")]]) ~ 1, conf.type = conf.type)
  s <- summary(fit, times = t)
  100 * c(surv = s$surv, lower = s$lower, upper = s$upper)
}

out <- list()
add <- function(claim, value) out[[length(out) + 1]] <<- list(claim = claim, value = unname(value))

d <- ipd("chow2014")
add("chow2014/Abstract/Overall survival/BCLC stage B/median", median_ci(d[d$BCLC == "Stage B", ], "os")["median"])
add("chow2014/Abstract/Overall survival/BCLC stage C/median", median_ci(d[d$BCLC == "Stage C", ], "os")["median"])

d <- ipd("chen2014")
add("chen2014/Abstract/Survival/Overall survival/s24", rate_ci(d, "os", 24)["surv"])
add("chen2014/Abstract/Survival/Infield progression-free survival/s24", rate_ci(d, "infield_pfs", 24)["surv"])

d <- ipd("park2012")
m <- median_ci(d, "ttp")
add("park2012/Abstract/Time to progression/All patients/median", m["median"])
add("park2012/Abstract/Time to progression/All patients/median_lower", m["lower"])
add("park2012/Abstract/Time to progression/All patients/median_upper", m["upper"])
add("park2012/Abstract/Time to progression/BCLC stage B/median", median_ci(d[d$BCLC == "Stage B", ], "ttp")["median"])
add("park2012/Abstract/Time to progression/BCLC stage C/median", median_ci(d[d$BCLC == "Stage C", ], "ttp")["median"])
r <- rate_ci(d, "pfs", 6, conf.type = "plain")
add("park2012/Abstract/Progression-free survival/All patients/s6", r["surv"])
add("park2012/Abstract/Progression-free survival/All patients/s6_lower", r["lower"])
add("park2012/Abstract/Progression-free survival/All patients/s6_upper", r["upper"])
add("park2012/Abstract/Follow-up/Follow-up (months)/median", median_ci(d, "ttp", reverse = TRUE)["median"])

d <- ipd("kim2020")
add("kim2020/Abstract/Overall survival/Entire cohort/median", median_ci(d, "os")["median"])
add("kim2020/Abstract/Progression-free survival/Entire cohort/median", median_ci(d, "pfs")["median"])

writeLines(toJSON(list(r_version = R.version.string, survival = as.character(packageVersion("survival")), values = out),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE),
           "tests/reference/reconstruction/fidelity_reference.json")
