# Reference values for nl.rendement.engine.isolation.control (GivenControlGroupTest).
# Regenerate (not part of the build):
#   Rscript engine/src/test/resources/r/control-group.R
# Base R only. Groups are the strings "control" and "trained": R orders factor levels
# alphabetically, so t.test(y ~ group) reports mean(control) - mean(trained), the NEGATIVE of the
# engine's difference (trained - control); its interval is (-upper, -lower) of the engine's.

smd <- function(f) {
  t <- f$pre[f$group == "trained"]; c <- f$pre[f$group == "control"]
  (mean(t) - mean(c)) / sqrt((var(t) + var(c)) / 2)
}

fixture <- function(trained_pre, trained_post, control_pre, control_post) {
  data.frame(
    group = c(rep("trained", length(trained_pre)), rep("control", length(control_pre))),
    pre = c(trained_pre, control_pre),
    post = c(trained_post, control_post))
}

show <- function(name, f, y, conf.level = 0.95) {
  f$change <- f$post - f$pre
  r <- t.test(as.formula(paste(y, "~ group")), data = f, var.equal = FALSE, conf.level = conf.level)
  cat("==", name, "  t.test(", y, "~ group, var.equal = FALSE, conf.level =", conf.level,
      ")  [control - trained]\n")
  print(c(estimate = unname(r$estimate[1] - r$estimate[2]),
          mean.control = unname(r$estimate[1]), mean.trained = unname(r$estimate[2]),
          statistic = unname(r$statistic), df = unname(r$parameter), p.value = r$p.value,
          conf.low = r$conf.int[1], conf.high = r$conf.int[2], stderr = r$stderr,
          pre.smd = smd(f)), digits = 17)
}

# A: sales per month, balanced pre-period (HIGHER_IS_BETTER)
a <- fixture(
  trained_pre = c(100, 104, 98, 110, 95, 102, 107, 99),
  trained_post = c(112, 111, 109, 118, 104, 115, 113, 108),
  control_pre = c(101, 97, 105, 103, 99, 108, 96, 100, 104),
  control_post = c(104, 99, 106, 108, 101, 110, 99, 104, 105))
show("A", a, "change")
show("A at 90%", a, "change", conf.level = 0.90)

# B: the trained started higher: pre-period SMD fails
b <- fixture(
  trained_pre = c(120, 126, 118, 131, 124, 122),
  trained_post = c(127, 130, 126, 135, 131, 126),
  control_pre = c(101, 97, 105, 103, 99, 108, 96),
  control_post = c(104, 99, 106, 108, 101, 110, 99))
show("B", b, "change")

# C: errors per month (LOWER_IS_BETTER), fewer errors after training
c <- fixture(
  trained_pre = c(12.5, 9.0, 14.0, 11.5, 10.0, 13.0, 8.5),
  trained_post = c(9.0, 7.5, 10.0, 9.5, 8.0, 9.0, 7.0),
  control_pre = c(11.0, 13.5, 9.5, 12.0, 10.5, 13.0, 8.0, 12.5),
  control_post = c(10.5, 13.0, 10.0, 11.0, 10.5, 11.5, 8.5, 12.0))
show("C", c, "change")

# D: random assignment: difference of post means
d <- fixture(
  trained_pre = c(50, 48, 53, 49, 51, 48),
  trained_post = c(58, 55, 60, 54, 59, 57),
  control_pre = c(49, 52, 48, 51, 50, 47, 53),
  control_post = c(52, 54, 50, 53, 51, 49, 56))
show("D", d, "post")
show("D (changes, for contrast)", d, "change")

# E: too few (4 trained)
e <- fixture(
  trained_pre = c(100, 104, 98, 110),
  trained_post = c(112, 111, 109, 118),
  control_pre = c(101, 97, 105, 103, 99, 108, 96, 100, 104),
  control_post = c(104, 99, 106, 108, 101, 110, 99, 104, 105))
show("E", e, "change")

# ---------------------------------------------------------------------------------------------
# Stratified (per cohort) given control groups: StratifiedControlGroupKnownAnswersTest.
# Each cohort's trained are compared with the control people over that cohort's own windows, so a
# control person may appear in several cohorts (with other values). Per kept cohort c (both groups
# with at least two people):
#   r_c <- t.test(y ~ group, data = subset(f, cohort == c), var.equal = FALSE)
#   d_c = mean_T - mean_C = r_c$estimate[2] - r_c$estimate[1]   (trained - control, the engine's sign)
#   r_c$stderr^2 = var_T / n_T + var_C / n_C
# pooled with weights w_c = n_T,c / sum(n_T):
#   effect = sum(w_c d_c),  SE = sqrt(sum(w_c^2 (var_T/n_T + var_C/n_C)))
#   df = SE^4 / sum over the 2C components of (w_c^2 var/n)^2 / (n - 1)   (Welch-Satterthwaite)
#   t = effect / SE,  p = 2 pt(-|t|, df),  interval = effect -/+ qt(1 - alpha/2, df) SE
# Pre-period SMD: sum(w_c smd_c), smd_c as smd() above on the cohort's rows.
# Unlike the single-group figures above, these are printed in the engine's sign (trained - control).

cohort_rows <- function(cohort, group, prefix, pre, post) {
  data.frame(cohort = cohort, group = group, person = paste0(prefix, seq_along(post)),
             pre = pre, post = post)
}

stratified <- function(name, f, y, conf.level = 0.95) {
  f$change <- f$post - f$pre
  cat("==", name, "  per cohort t.test(", y, "~ group, data = subset(f, cohort == c), var.equal = FALSE)",
      "pooled at conf.level =", conf.level, " [trained - control]\n")
  kept <- data.frame()
  for (c in sort(unique(f$cohort))) {
    s <- subset(f, cohort == c)
    t <- s[[y]][s$group == "trained"]; k <- s[[y]][s$group == "control"]
    if (length(t) < 2 || length(k) < 2) {
      cat("-- cohort", c, "left out: trained", length(t), "control", length(k), "\n")
      next
    }
    r <- t.test(as.formula(paste(y, "~ group")), data = s, var.equal = FALSE)
    row <- data.frame(cohort = c, nT = length(t), nC = length(k),
                      meanT = unname(r$estimate[2]), meanC = unname(r$estimate[1]),
                      d = unname(r$estimate[2] - r$estimate[1]), stderr = r$stderr,
                      vT = var(t) / length(t), vC = var(k) / length(k),
                      smd = if (all(is.na(s$pre))) NA else smd(s))
    kept <- rbind(kept, row)
    cat("-- cohort", c, "\n")
    print(unlist(row[-1]), digits = 17)
  }
  w <- kept$nT / sum(kept$nT)
  effect <- sum(w * kept$d)
  variance <- sum(w^2 * (kept$vT + kept$vC))
  se <- sqrt(variance)
  df <- variance^2 / sum((w^2 * kept$vT)^2 / (kept$nT - 1) + (w^2 * kept$vC)^2 / (kept$nC - 1))
  t <- effect / se
  q <- qt(1 - (1 - conf.level) / 2, df)
  cat("-- pooled, weights", format(w, digits = 17), "\n")
  print(c(effect = effect, stderr = se, df = df, statistic = t, p.value = 2 * pt(-abs(t), df),
          conf.low = effect - q * se, conf.high = effect + q * se, trained = sum(kept$nT),
          total = sum(kept$nT) * effect, pre.smd = sum(w * kept$smd)), digits = 17)
}

# F: sales per month in three cohorts. c1, c2, c3 are control in 2025-01 and in 2025-05 (other
# windows, other values); c4 and c5 in 2025-01 and 2025-09; c6 is control in 2025-01 and trained
# in 2025-09.
f_rows <- rbind(
  cohort_rows("2025-01", "trained", "t", c(100, 104, 98, 110, 95, 102),
              c(112, 111, 109, 118, 104, 115)),
  data.frame(cohort = "2025-01", group = "control", person = paste0("c", 1:7),
             pre = c(101, 97, 105, 103, 99, 108, 96), post = c(104, 99, 106, 108, 101, 110, 99)),
  data.frame(cohort = "2025-05", group = "trained", person = paste0("t", 7:11),
             pre = c(103, 99, 107, 101, 96), post = c(109, 108, 112, 110, 101)),
  data.frame(cohort = "2025-05", group = "control", person = c("c1", "c2", "c3", "c8", "c9", "c10"),
             pre = c(104, 98, 106, 100, 102, 97), post = c(106, 101, 105, 103, 104, 98)),
  data.frame(cohort = "2025-09", group = "trained", person = c("c6", "t12", "t13", "t14"),
             pre = c(109, 95, 101, 104), post = c(121, 104, 110, 116)),
  data.frame(cohort = "2025-09", group = "control", person = c("c4", "c5", "c11", "c12", "c13"),
             pre = c(104, 100, 98, 103, 106), post = c(103, 104, 99, 105, 108)))
stratified("F", f_rows, "change")
stratified("F at 90%", f_rows, "change", conf.level = 0.90)
stratified("F with random assignment (post means)", f_rows, "post")

# G: F with a fourth cohort whose single trained person cannot be compared: left out
g_rows <- rbind(f_rows,
  data.frame(cohort = "2026-01", group = c("trained", "control", "control", "control"),
             person = c("t15", "c1", "c2", "c3"), pre = c(100, 103, 99, 105), post = c(130, 104, 99, 107)))
stratified("G", g_rows, "change")

# N: new hires, no pre-period: output per month over the first months of tenure, post means only
n_rows <- rbind(
  data.frame(cohort = "2025-03", group = "trained", person = paste0("n", 1:5),
             pre = NA, post = c(42, 47, 39, 45, 44)),
  data.frame(cohort = "2025-03", group = "control", person = paste0("h", 1:6),
             pre = NA, post = c(38, 41, 36, 40, 43, 37)),
  data.frame(cohort = "2025-09", group = "trained", person = paste0("n", 6:12),
             pre = NA, post = c(51, 46, 49, 53, 48, 50, 47)),
  data.frame(cohort = "2025-09", group = "control", person = paste0("h", 7:11),
             pre = NA, post = c(45, 47, 44, 48, 43)))
stratified("N (no pre-period)", n_rows, "post")
