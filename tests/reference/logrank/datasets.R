# Data sets shared by the log-rank (logrank.R) and Cox (../cox/cox.R) reference scripts.
# Classic data sets come from R's survival package; the others are generated here with a
# fixed seed so that the committed CSV files can be regenerated exactly.
#
# Columns of the generated sets: time, status (0/1), group, stratum, x1 (continuous),
# x2 (0/1), f (categorical).

library(survival)

# Factor levels in the kit's order (AnalysisKit.Data.LevelOrder): numeric order when every
# level reads as a number, otherwise C-locale (ordinal) order.
kit_factor <- function(v) {
  s <- as.character(v)
  u <- unique(s)
  num <- suppressWarnings(as.numeric(u))
  lev <- if (all(!is.na(num) & is.finite(num))) u[order(num, u, method = "radix")]
         else sort(u, method = "radix")
  factor(s, levels = lev)
}

classic_datasets <- function() {
  lung2 <- survival::lung[, c("time", "status", "age", "sex", "ph.ecog", "ph.karno", "wt.loss", "inst")]
  vet <- survival::veteran
  vet$celltype <- as.character(vet$celltype)
  ov <- survival::ovarian
  aml2 <- survival::aml
  aml2$x <- as.character(aml2$x)
  list(lung = lung2, veteran = vet, ovarian = ov, aml = aml2)
}

# Drop rows with NA in the columns an analysis uses (as the kit needs complete rows).
complete_rows <- function(d, cols) d[stats::complete.cases(d[, cols, drop = FALSE]), , drop = FALSE]

generated_datasets <- function() {
  set.seed(20240611)
  out <- list()
  make <- function(n, groups = c("A", "B"), strata = 1, beta = 0.5, cens = 0.3,
                   digits = 3, flevels = c("a", "b", "c")) {
    group <- sample(groups, n, replace = TRUE)
    stratum <- sample(seq_len(strata), n, replace = TRUE)
    x1 <- round(rnorm(n, 50, 10), 1)
    x2 <- rbinom(n, 1, 0.4)
    f <- sample(flevels, n, replace = TRUE)
    gi <- match(group, groups) - 1
    lp <- beta * gi + 0.03 * (x1 - 50) + 0.4 * x2 + 0.3 * (match(f, flevels) - 1) + 0.2 * stratum
    t <- rexp(n, 0.1 * exp(lp))
    c <- rexp(n, 0.1 * cens / (1 - cens))
    time <- round(pmin(t, c), digits)
    status <- as.integer(t <= c)
    data.frame(time = time, status = status, group = group, stratum = stratum,
               x1 = x1, x2 = x2, f = f, stringsAsFactors = FALSE)
  }
  out$basic <- make(60)
  out$small <- make(12)
  out$ties_integer <- make(80, digits = 0)
  out$ties_heavy <- { d <- make(100); d$time <- pmin(5, ceiling(d$time / 4)); d }
  out$censor_heavy <- make(70, cens = 0.85)
  out$censor_light <- make(50, cens = 0.02)
  out$all_censored_group <- { d <- make(40, groups = c("A", "B", "C")); d$status[d$group == "C"] <- 0L; d }
  out$single_subject_group <- { d <- make(30); d$group[1] <- "Z"; d }
  out$single_subject_censored_early <- {
    d <- make(30); d$group[1] <- "Z"; d$status[1] <- 0L; d$time[1] <- min(d$time[d$status == 1]) / 2; d }
  out$time_zero <- { d <- make(40); d$time[1:4] <- 0; d$status[1:2] <- 1L; d }
  out$strata2 <- make(80, strata = 2)
  out$strata3_groups3 <- make(120, groups = c("A", "B", "C"), strata = 3)
  out$groups3 <- make(90, groups = c("ctl", "low", "high"))
  out$groups4_numeric <- make(100, groups = c("1", "2", "10", "20"))
  out$groups5 <- make(150, groups = c("E", "D", "C", "B", "A"), beta = 0.2)
  out$strata_ties <- { d <- make(90, strata = 3, digits = 0); d }
  out$no_effect <- make(80, beta = 0)
  out$strong_effect <- make(80, beta = 2)
  out$extreme_effect <- make(400, beta = 3.5, cens = 0.1)
  out$factor_numeric_levels <- make(70, flevels = c("1", "2", "10"))
  out$factor_text_levels <- make(70, flevels = c("low", "mid", "High"))
  out$factor_four_levels <- make(120, flevels = c("w", "x", "y", "z"))
  out$large <- make(400, groups = c("A", "B", "C"), strata = 2)
  out$tiny <- make(6)
  out$unbalanced <- make(60, groups = c("big", "big", "big", "big", "small"))
  out$censor_all_but_one <- { d <- make(25); d$status <- 0L; d$status[5] <- 1L; d }
  out$late_censoring <- { d <- make(50); d$time[d$status == 0] <- d$time[d$status == 0] + 20; d }
  out$ties_mixed_status <- { d <- make(60, digits = 0); d$time <- pmax(1, d$time %% 6); d }
  out$strata_single_group_stratum <- { d <- make(60, strata = 2); d$group[d$stratum == 2] <- "A"; d }
  out$strata_one_event <- { d <- make(50, strata = 2); d$status[d$stratum == 2] <- 0L;
                            d$status[which(d$stratum == 2)[1]] <- 1L; d }
  out$separating <- {
    # x2 = 1 subjects all fail before any x2 = 0 subject: monotone likelihood.
    d <- make(40)
    d$x2 <- as.integer(rank(d$time, ties.method = "first") <= 12)
    d$status[d$x2 == 1] <- 1L
    d }
  out$separating_factor <- {
    d <- make(45, flevels = c("a", "b", "c"))
    o <- order(d$time)
    d$f[o[1:10]] <- "c"; d$f[o[11:45]] <- sample(c("a", "b"), 35, replace = TRUE)
    d$status[o[1:10]] <- 1L
    d }
  out$covariate_scale <- { d <- make(60); d$x1 <- d$x1 * 1000; d }
  out$outlier_covariate <- {
    d <- make(40); d$x1 <- round(rnorm(40), 2); d$x1[which.max(d$time)] <- 25; d }
  out$near_ties <- {
    # Integer times disturbed by floating-point round-off: R's timefix treats them as tied.
    d <- make(60, digits = 0)
    d$time <- d$time * (1 + sample(c(0, 1e-12, -1e-12, 1e-10), 60, replace = TRUE))
    d }
  # More than 10 strata: concordancefit then pools the strata on disjoint time intervals.
  out$strata_many <- make(200, strata = 12)
  out
}
