# The R output that tests/AnalysisKit.Tests/Display/ResultDisplayTests.cs compares the kit's
# displayed results with (R 4.x, survival 3.5.3). Run: EDITOR=vi Rscript result_display.R
# The tests hold the numbers at the four significant digits the kit's tables print; the full
# printed values are copied into the comments of the test file.
library(survival)

# Eight patients, one group: print.survfit and summary.survfit, log and log-log intervals.
k <- data.frame(time = c(2, 3, 3, 5, 6, 8, 9, 12), status = c(1, 1, 0, 1, 0, 1, 1, 0))
f <- survfit(Surv(time, status) ~ 1, data = k)
print(f, digits = 7)                      # n 8, events 5, median 8, 0.95LCL 5, 0.95UCL NA
print(summary(f, censored = TRUE), digits = 7)
f2 <- survfit(Surv(time, status) ~ 1, data = k, conf.type = "log-log")
print(f2, digits = 7)                     # 0.95LCL 2
print(summary(f2), digits = 7)            # lower 0.387000014, upper 0.9813930 at t = 2

# Two groups of four: survdiff and coxph.
d <- data.frame(time = c(1, 3, 4, 6, 2, 5, 7, 8), status = c(1, 1, 0, 1, 1, 1, 1, 0),
                g = c("A", "A", "A", "A", "B", "B", "B", "B"))
print(survdiff(Surv(time, status) ~ g, data = d), digits = 7)   # Chisq 0.8455873, p = 0.3578
print(summary(coxph(Surv(time, status) ~ g, data = d)), digits = 7)

# Clopper-Pearson interval for 7/34.
print(binom.test(7, 34)$conf.int, digits = 10)                   # 0.08702130546 0.37897774854
