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
