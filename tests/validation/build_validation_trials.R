# Builds the validation cohorts of the kit from real patients of R's survival data sets
# (colon, lung): for each cohort a trial folder of published-style tables
# (tests/validation/trials/<id>/) and the truth a reconstruction from those tables is scored
# against (tests/validation/truth/<id>/). See tests/validation/README.md.
#
# Run from the repository root:  EDITOR=vi Rscript tests/validation/build_validation_trials.R
# Deterministic: fixed seeds (Mersenne-Twister, Inversion, Rejection), fixed rounding
# (half away from zero), fixed printing; re-running rewrites the same bytes.

suppressPackageStartupMessages(library(survival))
RNGkind("Mersenne-Twister", "Inversion", "Rejection")

root <- file.path("tests", "validation")
if (!dir.exists(root)) stop("run from the repository root (tests/validation not found)")

DAYS_PER_MONTH <- 30.4375
LANDMARKS <- c(12, 24, 36, 60)
REPLICATES <- 200
COX_MIN_LEVEL_SHARE <- 0.10

# ---------------------------------------------------------------------------------------------
# Rounding and printing
# ---------------------------------------------------------------------------------------------

round_away <- function(x, digits) {
  m <- 10^digits
  sign(x) * floor(abs(x) * m + 0.5) / m
}

printed <- function(x, digits) {
  ifelse(is.na(x), "NA", formatC(round_away(x, digits), format = "f", digits = digits))
}

printed_p <- function(p) if (is.na(p)) "" else if (p < 0.001) "<0.001" else printed(p, 3)

full <- function(x) ifelse(is.na(x), "NA", sprintf("%.15g", x))

# RFC 4180: a cell is quoted only when it holds a comma, a quote or a line break.
csv_cell <- function(x) {
  x <- ifelse(is.na(x), "NA", as.character(x))
  needs <- grepl("[,\"\r\n]", x)
  x[needs] <- paste0("\"", gsub("\"", "\"\"", x[needs]), "\"")
  x
}

write_rows <- function(d, path) {
  body <- do.call(paste, c(lapply(d, csv_cell), sep = ","))
  con <- file(path, open = "wb")
  writeLines(c(paste(csv_cell(names(d)), collapse = ","), body), con, sep = "\n", useBytes = TRUE)
  close(con)
}

# Factor levels in the kit's order (AnalysisKit.Data.LevelOrder): numeric labels by value,
# otherwise ordinal (C locale); the first level is the Cox reference.
kit_factor <- function(v) {
  s <- as.character(v)
  u <- unique(s)
  num <- suppressWarnings(as.numeric(u))
  lev <- if (all(!is.na(num) & is.finite(num))) u[order(num, u, method = "radix")]
         else sort(u, method = "radix")
  factor(s, levels = lev)
}

# ---------------------------------------------------------------------------------------------
# Cohorts: one row per patient, baseline columns as printed categories, months
# ---------------------------------------------------------------------------------------------

months <- function(days) round_away(days / DAYS_PER_MONTH, 2)

yes_no <- function(x) ifelse(x == 1, "Yes", "No")

colon_variables <- list(
  "Sex" = c("Female", "Male"),
  "Age" = c("<60 years", "\u226560 years"),
  "Obstruction of colon" = c("No", "Yes"),
  "Perforation of colon" = c("No", "Yes"),
  "Adherence to nearby organs" = c("No", "Yes"),
  "Differentiation" = c("Well", "Moderate", "Poor"),
  "Extent of local spread" = c("Submucosa", "Muscle", "Serosa", "Contiguous structures"),
  "Time from surgery to registration" = c("Short", "Long"),
  "Positive lymph nodes" = c("\u22644", ">4"))

# Every colon patient with known differentiation, all three arms (the pool of the spread draws).
colon_pool <- function() {
  rec <- colon[colon$etype == 1, ]
  dth <- colon[colon$etype == 2, ]
  rec <- rec[order(rec$id), ]
  dth <- dth[order(dth$id), ]
  stopifnot(identical(rec$id, dth$id), all(rec$time <= dth$time),
            all(rec$status == 1 | rec$time == dth$time))
  d <- data.frame(
    patient = rec$id,
    arm = as.character(rec$rx),
    "Sex" = ifelse(rec$sex == 1, "Male", "Female"),
    "Age" = ifelse(rec$age < 60, "<60 years", "\u226560 years"),
    "Obstruction of colon" = yes_no(rec$obstruct),
    "Perforation of colon" = yes_no(rec$perfor),
    "Adherence to nearby organs" = yes_no(rec$adhere),
    "Differentiation" = c("Well", "Moderate", "Poor")[rec$differ],
    "Extent of local spread" = c("Submucosa", "Muscle", "Serosa", "Contiguous structures")[rec$extent],
    "Time from surgery to registration" = ifelse(rec$surg == 1, "Long", "Short"),
    "Positive lymph nodes" = ifelse(rec$node4 == 1, ">4", "\u22644"),
    # Recurrence-free survival: recurrence or death, whichever first. A patient without
    # recurrence carries the death (or censoring) time in the recurrence record.
    pfs_months = months(rec$time),
    pfs_event = as.integer(rec$status == 1 | dth$status == 1),
    os_months = months(dth$time),
    os_event = as.integer(dth$status == 1),
    check.names = FALSE, stringsAsFactors = FALSE)
  d[!is.na(d$Differentiation), ]
}

lung_variables <- list(
  "Sex" = c("Female", "Male"),
  "Age" = c("<65 years", "\u226565 years"),
  "ECOG performance status" = c("0", "1", "\u22652"))

lung_pool <- function() {
  l <- lung[!is.na(lung$ph.ecog), ]
  data.frame(
    patient = which(!is.na(lung$ph.ecog)),
    "Sex" = ifelse(l$sex == 1, "Male", "Female"),
    "Age" = ifelse(l$age < 65, "<65 years", "\u226565 years"),
    "ECOG performance status" = ifelse(l$ph.ecog >= 2, "\u22652", as.character(l$ph.ecog)),
    os_months = months(l$time),
    os_event = as.integer(l$status == 2),
    check.names = FALSE, stringsAsFactors = FALSE)
}

# ---------------------------------------------------------------------------------------------
# Published-style tables
# ---------------------------------------------------------------------------------------------

km_row <- function(t, e) {
  fit <- survfit(Surv(t, e) ~ 1, conf.type = "log")
  # The median and its CI as quantile(fit, 0.5) gives them (R's quantile.survfit, the kit's rule
  # for printed medians). They differ from print(survfit) only when the curve stays on exactly
  # 0.5 to its last observation: quantile gives the midpoint to that observation.
  q <- quantile(fit, probs = 0.5, conf.int = TRUE)
  s <- summary(fit, times = LANDMARKS)
  row <- list(n = length(t), events = sum(e),
              median = unname(q$quantile[1]), median_lower = unname(q$lower[1]), median_upper = unname(q$upper[1]))
  for (lm in LANDMARKS) {
    k <- match(lm, s$time)
    row[[paste0("s", lm)]] <- if (is.na(k)) NA else s$surv[k]
    row[[paste0("s", lm, "_lower")]] <- if (is.na(k)) NA else s$lower[k]
    row[[paste0("s", lm, "_upper")]] <- if (is.na(k)) NA else s$upper[k]
  }
  row
}

subgroup_table <- function(d, variables, endpoint) {
  t <- d[[paste0(endpoint, "_months")]]
  e <- d[[paste0(endpoint, "_event")]]
  groups <- list(list(group = "All", label = "All patients", keep = rep(TRUE, nrow(d)), p = NA))
  for (v in names(variables)) {
    present <- variables[[v]][variables[[v]] %in% d[[v]]]
    p <- if (length(present) > 1) {
      sd <- survdiff(Surv(t, e) ~ d[[v]])
      pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE)
    } else NA
    for (i in seq_along(present)) {
      groups[[length(groups) + 1]] <- list(group = v, label = present[i], keep = d[[v]] == present[i],
                                           p = if (i == 1) p else NA)
    }
  }
  rows <- lapply(groups, function(g) {
    k <- km_row(t[g$keep], e[g$keep])
    cells <- c(row_group = g$group, row_label = g$label, n = as.character(k$n), events = as.character(k$events),
               median = printed(k$median, 2), median_lower = printed(k$median_lower, 2),
               median_upper = printed(k$median_upper, 2))
    for (lm in LANDMARKS) {
      for (suffix in c("", "_lower", "_upper")) {
        name <- paste0("s", lm, suffix)
        cells[name] <- printed(k[[name]], 3)
      }
    }
    cells["p"] <- printed_p(g$p)
    cells
  })
  as.data.frame(do.call(rbind, rows), stringsAsFactors = FALSE)
}

table1 <- function(d, variables) {
  rows <- list()
  for (v in names(variables)) {
    for (level in variables[[v]]) {
      n <- sum(d[[v]] == level)
      rows[[length(rows) + 1]] <- c(row_group = v, row_label = level, n = as.character(n),
                                    pct = paste0(printed(100 * n / nrow(d), 1), "%"))
    }
  }
  as.data.frame(do.call(rbind, rows), stringsAsFactors = FALSE)
}

# ---------------------------------------------------------------------------------------------
# Scores (the same definitions as AnalysisKit.Reconstruction's validation scores)
# ---------------------------------------------------------------------------------------------

# Whole months 0, 1, ..., floor(min(last time of a, last time of b)): where both curves are observed.
km_sup <- function(ta, ea, tb, eb) {
  grid <- 0:floor(min(max(ta), max(tb)))
  sa <- summary(survfit(Surv(ta, ea) ~ 1), times = grid)$surv
  sb <- summary(survfit(Surv(tb, eb) ~ 1), times = grid)$surv
  stopifnot(length(sa) == length(grid), length(sb) == length(grid))
  max(abs(sa - sb))
}

# One Cox fit (Efron ties): data frame of terms `variable=level`, or NULL when the fit fails,
# warns (no convergence, infinite coefficient) or a variable has fewer than two levels.
cox_terms <- function(d, endpoint, vars) {
  df <- data.frame(time = d[[paste0(endpoint, "_months")]], status = d[[paste0(endpoint, "_event")]])
  terms <- character(0)
  for (i in seq_along(vars)) {
    f <- kit_factor(d[[vars[i]]])
    if (nlevels(f) < 2) return(NULL)
    df[[paste0("x", i)]] <- f
    terms <- c(terms, paste0(vars[i], "=", levels(f)[-1]))
  }
  warned <- FALSE
  fit <- tryCatch(withCallingHandlers(
    coxph(as.formula(paste("Surv(time, status) ~", paste0("x", seq_along(vars), collapse = " + "))),
          data = df, ties = "efron"),
    warning = function(w) { warned <<- TRUE; invokeRestart("muffleWarning") }),
    error = function(e) NULL)
  if (is.null(fit) || warned || any(is.na(coef(fit)))) return(NULL)
  s <- summary(fit)$coefficients
  ci <- summary(fit)$conf.int
  data.frame(term = terms, coef = unname(s[, "coef"]), se = unname(s[, "se(coef)"]),
             hr = unname(s[, "exp(coef)"]), hr_lower = unname(ci[, "lower .95"]),
             hr_upper = unname(ci[, "upper .95"]), p = unname(s[, "Pr(>|z|)"]),
             stringsAsFactors = FALSE, check.names = FALSE)
}

univariable <- function(d, endpoint, vars) {
  fits <- lapply(vars, function(v) {
    f <- cox_terms(d, endpoint, v)
    if (is.null(f)) NULL else cbind(variable = v, f, stringsAsFactors = FALSE)
  })
  if (any(vapply(fits, is.null, TRUE))) return(NULL)
  do.call(rbind, fits)
}

max_abs_log_hr_difference <- function(a, b) {
  if (is.null(a) || is.null(b) || !setequal(a$term, b$term) || nrow(a) != nrow(b)) return(NA)
  max(abs(a$coef - b$coef[match(a$term, b$term)]))
}

crosstab <- function(d, a, b) {
  tab <- table(paste(d[[a]], d[[b]], sep = "\r"))
  tab / nrow(d)
}

# Total variation distance of the joint distribution of two variables: 1/2 sum |p - q| over cells.
crosstab_tv <- function(da, db, a, b) {
  pa <- crosstab(da, a, b)
  pb <- crosstab(db, a, b)
  cells <- union(names(pa), names(pb))
  va <- ifelse(cells %in% names(pa), pa[cells], 0)
  vb <- ifelse(cells %in% names(pb), pb[cells], 0)
  0.5 * sum(abs(va - vb))
}

variable_pairs <- function(variables) {
  v <- names(variables)
  pairs <- list()
  for (i in seq_len(length(v) - 1)) for (j in (i + 1):length(v)) pairs[[length(pairs) + 1]] <- c(v[i], v[j])
  pairs
}

# PFS–OS linkage of one set of patients.
linkage <- function(d) {
  pe <- d$pfs_event == 1
  both <- pe & d$os_event == 1
  at_death <- both & d$pfs_months == d$os_months
  before_death <- both & d$pfs_months < d$os_months
  c(pfs_events = sum(pe),
    pfs_events_at_death = sum(at_death),
    death_fraction = sum(at_death) / sum(pe),
    both_events = sum(both),
    spearman_both_events = if (sum(both) > 1) cor(d$pfs_months[both], d$os_months[both], method = "spearman") else NA,
    progression_then_death = sum(before_death),
    median_months_progression_to_death = if (any(before_death)) median(d$os_months[before_death] - d$pfs_months[before_death]) else NA,
    pfs_after_os = sum(d$pfs_months > d$os_months))
}

# The summary scores of a synthetic (or second real) set b against a, by name.
scores <- function(a, b, variables, endpoints, cox_vars) {
  out <- c()
  for (ep in endpoints) {
    out[paste0("km_sup_", ep)] <- km_sup(a[[paste0(ep, "_months")]], a[[paste0(ep, "_event")]],
                                         b[[paste0(ep, "_months")]], b[[paste0(ep, "_event")]])
  }
  for (ep in endpoints) {
    out[paste0("cox_univariable_max_abs_log_hr_difference_", ep)] <-
      max_abs_log_hr_difference(univariable(a, ep, cox_vars), univariable(b, ep, cox_vars))
  }
  for (ep in endpoints) {
    out[paste0("cox_multivariable_max_abs_log_hr_difference_", ep)] <-
      max_abs_log_hr_difference(cox_terms(a, ep, cox_vars), cox_terms(b, ep, cox_vars))
  }
  tv <- vapply(variable_pairs(variables), function(p) crosstab_tv(a, b, p[1], p[2]), 0)
  out["crosstab_tv_mean"] <- mean(tv)
  out["crosstab_tv_max"] <- max(tv)
  if (all(c("pfs", "os") %in% endpoints)) {
    la <- linkage(a)
    lb <- linkage(b)
    for (s in c("death_fraction", "spearman_both_events", "median_months_progression_to_death")) {
      out[paste0("linkage_abs_difference_", s)] <- abs(la[[s]] - lb[[s]])
    }
  }
  out
}

# ---------------------------------------------------------------------------------------------
# Writing one cohort
# ---------------------------------------------------------------------------------------------

endpoint_info <- list(
  pfs = list(name = "PFS", event = "progression_or_death",
             long = "Recurrence-free survival (PFS)",
             definition = "Time from registration to recurrence or death, whichever came first (the data set's recurrence record; a death without recurrence is an event at the death time).",
             events = "recurrence or death, whichever came first",
             censoring = "last follow-up of patients alive without recurrence"),
  os = list(name = "OS", event = "death", long = "Overall survival (OS)",
            definition = "Time from registration to death from any cause.",
            events = "death from any cause",
            censoring = "last follow-up of patients alive"))

json_string <- function(x) {
  if (is.null(x) || (length(x) == 1 && is.na(x))) return("null")
  x <- gsub("\\\\", "\\\\\\\\", x)
  x <- gsub("\"", "\\\\\"", x)
  paste0("\"", x, "\"")
}
json_strings <- function(x) paste0("[", paste(vapply(x, json_string, ""), collapse = ", "), "]")

write_cohort <- function(spec) {
  id <- spec$id
  d <- spec$patients
  variables <- spec$variables
  endpoints <- spec$endpoints
  n <- nrow(d)
  trial_dir <- file.path(root, "trials", id)
  truth_dir <- file.path(root, "truth", id)
  dir.create(trial_dir, recursive = TRUE, showWarnings = FALSE)
  dir.create(truth_dir, recursive = TRUE, showWarnings = FALSE)

  # --- the publication text: one line per printed row; the tables' seed_line points here
  lines <- c(
    paste0("Validation cohort ", id, ": published-style tables, not a publication."),
    paste0("Built by tests/validation/build_validation_trials.R (R ", getRversion(), ", survival ",
           packageVersion("survival"), ") from the real patients of ", spec$source, "."),
    spec$description,
    paste0("Times in months (days / ", DAYS_PER_MONTH, ", 2 decimals). Kaplan-Meier estimates with log-transformed ",
           "Greenwood intervals (survfit conf.type = \"log\"); median and its CI as quantile(fit, 0.5) gives them (the CI where the pointwise band crosses 0.5); ",
           "log-rank p across each row group (survdiff)."),
    "")
  t1 <- table1(d, variables)
  lines <- c(lines, paste0("Table 1 Baseline characteristics (n = ", n, "): n (%)"))
  t1_first <- length(lines) + 1
  lines <- c(lines, paste0(t1$row_group, ": ", t1$row_label, " ", t1$n, " (", t1$pct, ")"))
  t1$seed_line <- seq(t1_first, length.out = nrow(t1))
  t1$note <- ""
  t1_range <- paste0(t1_first - 1, "-", length(lines))
  tables <- list()
  for (k in seq_along(endpoints)) {
    ep <- endpoints[k]
    info <- endpoint_info[[ep]]
    tab <- subgroup_table(d, variables, ep)
    title <- paste0("Table ", k + 1, " ", info$name, " by subgroup (n = ", n, ")")
    lines <- c(lines, "", title,
               paste0("columns: row group, row, n, events, median (95% CI), then ",
                      paste0("S(", LANDMARKS, ")", collapse = ", "), " (95% CI), log-rank p"))
    first <- length(lines) + 1
    text <- apply(tab, 1, function(r) {
      rates <- vapply(LANDMARKS, function(lm) paste0(r[[paste0("s", lm)]], " (", r[[paste0("s", lm, "_lower")]], ", ",
                                                     r[[paste0("s", lm, "_upper")]], ")"), "")
      paste(c(r[["row_group"]], r[["row_label"]], r[["n"]], r[["events"]],
              paste0(r[["median"]], " (", r[["median_lower"]], ", ", r[["median_upper"]], ")"), rates,
              if (r[["p"]] == "") "-" else r[["p"]]), collapse = " | ")
    })
    lines <- c(lines, text)
    tab$seed_line <- seq(first, length.out = nrow(tab))
    tab$note <- ""
    file <- paste0("table", k + 1, "_", ep, "_subgroups.csv")
    write_rows(tab, file.path(trial_dir, file))
    tables[[k]] <- list(file = file, table = paste0("Table", k + 1), title = title, info = info,
                        range = paste0(first - 2, "-", length(lines)))
  }
  writeLines(lines, file.path(trial_dir, "publication.txt"), useBytes = TRUE)
  write_rows(t1, file.path(trial_dir, "table1_characteristics.csv"))

  # --- trial.json
  files <- c(paste0('    {\n      "file": "table1_characteristics.csv",\n      "layout": "counts",\n      "table": "Table1",\n',
                    '      "title": ', json_string(paste0("Table 1 Baseline characteristics (n = ", n, ")")), ',\n',
                    '      "endpoint": null,\n      "time_unit": null,\n      "population": ', n, ',\n',
                    '      "seed_lines": "', t1_range, '",\n      "columns": [\n',
                    '        {"name": "n", "kind": "count", "quantity": "number of patients"},\n',
                    '        {"name": "pct", "kind": "percentage", "quantity": "percentage of the ', n, ' patients"}\n      ]\n    }'))
  for (tb in tables) {
    files <- c(files, paste0('    {\n      "file": "', tb$file, '",\n      "layout": "subgroup_survival",\n      "table": "', tb$table, '",\n',
                             '      "title": ', json_string(tb$title), ',\n      "endpoint": "', tb$info$name, '",\n',
                             '      "event": "', tb$info$event, '",\n      "time_unit": "months",\n',
                             '      "population": ', n, ',\n      "seed_lines": "', tb$range, '",\n      "columns": null\n    }'))
  }
  eps <- vapply(endpoints, function(ep) {
    info <- endpoint_info[[ep]]
    paste0('    {\n      "name": ', json_string(info$long), ',\n      "role": "not stated",\n',
           '      "definition": ', json_string(info$definition), ',\n',
           '      "time_origin": "registration (time 0 of the data set)",\n',
           '      "events": ', json_string(info$events), ',\n      "censoring": ', json_string(info$censoring), ',\n',
           '      "response_criteria": null,\n      "assessment": "not stated",\n      "seed_lines": [4]\n    }')
  }, "")
  json <- paste0('{\n',
    '  "id": "', id, '",\n',
    '  "seed_file": "publication.txt",\n',
    '  "source_text": ', json_string(paste0("Published-style tables built from the real patients of ", spec$source,
                                              " for validating the reconstruction; not a publication (tests/validation/build_validation_trials.R)")), ',\n',
    '  "citation": {\n',
    '    "authors": null,\n',
    '    "authors_note": "Not a publication: the tables were computed by the kit\'s validation script from an R data set.",\n',
    '    "title": ', json_string(paste0("Validation cohort ", id, ": ", spec$title)), ',\n',
    '    "journal": ', json_string(paste0("none (R package survival ", packageVersion("survival"), ", data set ", spec$dataset, ")")), ',\n',
    '    "year": null,\n    "publication_date": null,\n    "volume": null,\n    "issue": null,\n    "pages": null,\n    "doi": null,\n',
    '    "registry_numbers": [],\n',
    '    "registry_note": ', json_string(paste0("The data set's source: ", spec$reference)), ',\n',
    '    "seed_lines": [1, 2]\n  },\n',
    '  "design": {\n    "phase": ', json_string(spec$phase), ',\n    "description": ', json_string(spec$design), ',\n',
    '    "arms": 1,\n    "masking": null,\n    "centres": null,\n    "seed_lines": [3]\n  },\n',
    '  "population": {\n    "description": ', json_string(spec$description), ',\n',
    '    "criteria": ', json_strings(spec$criteria), ',\n    "seed_lines": [3]\n  },\n',
    '  "treatment": [\n    {\n      "order": 1,\n      "therapy": ', json_string(spec$therapy), ',\n',
    '      "dose": "not held in the data set",\n      "timing": "not held in the data set",\n      "seed_lines": [3]\n    }\n  ],\n',
    '  "counts": {\n    "enrolled": ', n, ',\n    "treated": null,\n    "evaluable": ', n, ',\n',
    '    "note": ', json_string(spec$counts_note), ',\n    "seed_lines": [3]\n  },\n',
    '  "endpoints": [\n', paste(eps, collapse = ",\n"), '\n  ],\n',
    '  "ci_transform": {\n    "landmark": "log",\n    "median": "log",\n',
    '    "evidence": "The tables were computed with survfit(conf.type = \\"log\\"), R\'s default.",\n',
    '    "seed_lines": [4]\n  },\n',
    '  "files": [\n', paste(files, collapse = ",\n"), '\n  ],\n',
    '  "notes": ', json_strings(c(
      "Not a publication: every number was computed from the real patients of an R data set so that a reconstruction from these tables can be scored against the true patients (tests/validation/truth).",
      paste0("Times are days / ", DAYS_PER_MONTH, " in months, rounded to 2 decimals before any computation."),
      "Subgroup tables print medians and their CIs with 2 decimals, rates and their CIs with 3, log-rank p with 3 (<0.001 below); NA where a median or limit is not reached or a landmark lies after the last follow-up.",
      paste0("Landmark columns s", paste(LANDMARKS, collapse = ", s"), " (months); each subgroup_survival entry names its event (death, progression, progression_or_death)."))),
    '\n}\n')
  writeLines(json, file.path(trial_dir, "trial.json"), useBytes = TRUE)

  # --- truth: patients, Kaplan-Meier, Cox, cross-tabulations, linkage
  base_cols <- names(variables)
  ep_cols <- as.vector(rbind(paste0(endpoints, "_months"), paste0(endpoints, "_event")))
  patient_file <- function(p) {
    out <- p[, c("patient", base_cols, ep_cols)]
    for (ep in endpoints) out[[paste0(ep, "_months")]] <- formatC(out[[paste0(ep, "_months")]], format = "f", digits = 2)
    out
  }
  write_rows(patient_file(d), file.path(truth_dir, "patients.csv"))
  cmp <- spec$comparison
  write_rows(patient_file(cmp), file.path(truth_dir, "comparison_sample.csv"))

  km <- do.call(rbind, lapply(endpoints, function(ep) {
    t <- d[[paste0(ep, "_months")]]
    e <- d[[paste0(ep, "_event")]]
    grid <- 0:floor(max(t))
    s <- summary(survfit(Surv(t, e) ~ 1, conf.type = "log"), times = grid)
    data.frame(endpoint = ep, month = grid, n_risk = s$n.risk, surv = full(s$surv), std_err = full(s$std.err),
               lower = full(s$lower), upper = full(s$upper), stringsAsFactors = FALSE)
  }))
  write_rows(km, file.path(truth_dir, "km.csv"))

  shares <- vapply(base_cols, function(v) min(table(factor(d[[v]], levels = variables[[v]]))) / n, 0)
  cox_vars <- base_cols[shares >= COX_MIN_LEVEL_SHARE]
  write_rows(data.frame(variable = base_cols,
                        levels = vapply(variables, paste, "", collapse = "; "),
                        smallest_level_share = full(shares),
                        in_cox = ifelse(base_cols %in% cox_vars, "true", "false"),
                        stringsAsFactors = FALSE, check.names = FALSE),
             file.path(truth_dir, "variables.csv"))

  fmt_cox <- function(f, sample, ep) {
    data.frame(sample = sample, endpoint = ep, f[, setdiff(names(f), c("coef", "se", "hr", "hr_lower", "hr_upper", "p")), drop = FALSE],
               coef = full(f$coef), se = full(f$se), hr = full(f$hr), hr_lower = full(f$hr_lower),
               hr_upper = full(f$hr_upper), p = full(f$p), stringsAsFactors = FALSE, check.names = FALSE)
  }
  uni <- list()
  multi <- list()
  for (sample in c("cohort", "comparison")) {
    p <- if (sample == "cohort") d else cmp
    for (ep in endpoints) {
      u <- univariable(p, ep, cox_vars)
      m <- cox_terms(p, ep, cox_vars)
      if (is.null(u) || is.null(m)) stop(id, ": a Cox fit of the ", sample, " failed (", ep, ")")
      uni[[length(uni) + 1]] <- fmt_cox(u, sample, ep)
      multi[[length(multi) + 1]] <- fmt_cox(m, sample, ep)
    }
  }
  write_rows(do.call(rbind, uni), file.path(truth_dir, "cox_univariable.csv"))
  write_rows(do.call(rbind, multi), file.path(truth_dir, "cox_multivariable.csv"))

  ct <- list()
  for (sample in c("cohort", "comparison")) {
    p <- if (sample == "cohort") d else cmp
    for (pair in variable_pairs(variables)) {
      for (la in variables[[pair[1]]]) for (lb in variables[[pair[2]]]) {
        count <- sum(p[[pair[1]]] == la & p[[pair[2]]] == lb)
        ct[[length(ct) + 1]] <- data.frame(sample = sample, variable_a = pair[1], level_a = la,
                                           variable_b = pair[2], level_b = lb, n = count,
                                           proportion = full(count / nrow(p)), stringsAsFactors = FALSE)
      }
    }
  }
  write_rows(do.call(rbind, ct), file.path(truth_dir, "crosstabs.csv"))

  if (all(c("pfs", "os") %in% endpoints)) {
    lk <- do.call(rbind, lapply(c("cohort", "comparison"), function(sample) {
      l <- linkage(if (sample == "cohort") d else cmp)
      data.frame(sample = sample, statistic = names(l), value = full(unname(l)), stringsAsFactors = FALSE)
    }))
    write_rows(lk, file.path(truth_dir, "linkage.csv"))
  }

  sc <- scores(d, cmp, variables, endpoints, cox_vars)
  write_rows(data.frame(statistic = names(sc), value = full(unname(sc)), stringsAsFactors = FALSE),
             file.path(truth_dir, "comparison_scores.csv"))

  # --- spread of the scores between two real samples of the cohort's size
  set.seed(spec$spread_seed)
  pool <- spec$pool
  reps <- lapply(seq_len(REPLICATES), function(r) {
    if (spec$spread_with_replacement) {
      a <- pool[sample.int(nrow(pool), n, replace = TRUE), ]
      b <- pool[sample.int(nrow(pool), n, replace = TRUE), ]
    } else {
      idx <- sample.int(nrow(pool), 2 * n)
      a <- pool[idx[seq_len(n)], ]
      b <- pool[idx[n + seq_len(n)], ]
    }
    scores(a, b, variables, endpoints, cox_vars)
  })
  m <- do.call(rbind, reps)
  spread <- data.frame(statistic = colnames(m), sample_size = n, replicates = REPLICATES,
                       replicates_used = colSums(!is.na(m)),
                       median = full(apply(m, 2, median, na.rm = TRUE)),
                       p90 = full(apply(m, 2, quantile, probs = 0.9, type = 7, na.rm = TRUE, names = FALSE)),
                       max = full(apply(m, 2, max, na.rm = TRUE)),
                       draws = spec$spread_draws, stringsAsFactors = FALSE)
  write_rows(spread, file.path(truth_dir, "spread.csv"))

  cat(sprintf("%s: %d patients; %s\n", id, n,
              paste(vapply(endpoints, function(ep) sprintf("%s %d events", ep, sum(d[[paste0(ep, "_event")]])), ""),
                    collapse = ", ")))
}

# ---------------------------------------------------------------------------------------------
# The cohorts
# ---------------------------------------------------------------------------------------------

colon_all <- colon_pool()
colon_reference <- paste(
  "JA Laurie et al., J Clin Oncol 7:1447-1456, 1989;",
  "CG Moertel et al., N Engl J Med 322:352-358, 1990;",
  "CG Moertel et al., Ann Intern Med 122:321-326 (the data set is closest to this final report).")
colon_design <- paste(
  "One arm of a randomised trial of adjuvant therapy after resection of stage B/C colon cancer",
  "(observation, levamisole, levamisole plus fluorouracil); this cohort holds one arm.")
colon_missing <- function(arm) sum(colon$etype == 1 & colon$rx == arm & is.na(colon$differ))

colon_spec <- function(id, arm, patients, comparison_seed, spread_seed, extra_criteria = character(0),
                       extra_description = "") {
  set.seed(comparison_seed)
  comparison <- colon_all[sort(sample.int(nrow(colon_all), nrow(patients))), ]
  list(
    id = id, dataset = "colon", patients = patients, variables = colon_variables, endpoints = c("pfs", "os"),
    source = paste0("the ", arm, " arm of R's survival::colon data set"),
    title = paste0("survival::colon, ", arm, " arm", extra_description, ": recurrence-free and overall survival"),
    reference = colon_reference, phase = "III", design = colon_design,
    description = paste0("Patients of the ", arm, " arm of survival::colon with known tumour differentiation",
                         extra_description, " (", nrow(patients), " patients)."),
    criteria = c(paste0("rx = ", arm), paste0("differ not missing (", colon_missing(arm), " patients of the arm left out)"),
                 extra_criteria),
    therapy = if (arm == "Obs") "Observation after resection (no adjuvant therapy)" else "Levamisole plus fluorouracil after resection",
    counts_note = paste0(sum(colon$etype == 1 & colon$rx == arm), " patients in the arm; ", colon_missing(arm),
                         " with unknown differentiation left out", if (extra_description != "") paste0("; ", sub("^, ", "", extra_description)) else "", "."),
    comparison = comparison, pool = colon_all, spread_with_replacement = FALSE, spread_seed = spread_seed,
    spread_draws = paste0("two disjoint samples without replacement from the ", nrow(colon_all),
                          " colon patients of all arms with known differentiation"))
}

obs <- colon_all[colon_all$arm == "Obs", ]
lev5fu <- colon_all[colon_all$arm == "Lev+5FU", ]
set.seed(20260101)
obs60 <- obs[sort(sample.int(nrow(obs), 60)), ]

write_cohort(colon_spec("colon_obs", "Obs", obs, 20260201, 20260301))
write_cohort(colon_spec("colon_lev5fu", "Lev+5FU", lev5fu, 20260202, 20260302))
write_cohort(colon_spec("colon_obs60", "Obs", obs60, 20260203, 20260303,
                        extra_criteria = "a fixed random sample of 60 of them (set.seed(20260101))",
                        extra_description = ", a fixed random sample of 60"))

lung_all <- lung_pool()
set.seed(20260204)
write_cohort(list(
  id = "lung", dataset = "lung", patients = lung_all, variables = lung_variables, endpoints = "os",
  source = "R's survival::lung data set (NCCTG advanced lung cancer)",
  title = "survival::lung: overall survival",
  reference = "CL Loprinzi et al., Prospective evaluation of prognostic variables from patient-completed questionnaires, J Clin Oncol 12:601-607, 1994.",
  phase = "not stated", design = "Prospective cohort of patients with advanced lung cancer (North Central Cancer Treatment Group).",
  description = paste0("Patients of survival::lung with a known ECOG performance status (", nrow(lung_all), " patients)."),
  criteria = c("ph.ecog not missing (1 patient left out)"),
  therapy = "not held in the data set",
  counts_note = paste0(nrow(lung), " patients in the data set; 1 with unknown ECOG performance status left out."),
  comparison = lung_all[sample.int(nrow(lung_all), nrow(lung_all), replace = TRUE), ],
  pool = lung_all, spread_with_replacement = TRUE, spread_seed = 20260304,
  spread_draws = paste0("two independent samples with replacement from the ", nrow(lung_all),
                        " lung patients (too few for two disjoint samples of this size)")))
