# Reference values for nl.rendement.engine.levels.learning (LearningKnownAnswersTest).
# Regenerate (not part of the build):
#   Rscript engine/src/test/resources/r/learning.R
# Needs base R and the effectsize package (Debian: r-cran-effectsize) for the d_z point estimate.
# The d_z interval is the engine's normal approximation, computed here by its formula; effectsize's
# own interval inverts the noncentral t and is printed only for comparison (METHOD §1).

show <- function(name, pre, post, max, pass = NA, conf.level = 0.95) {
  n <- length(pre)
  d <- post - pre
  r <- t.test(post, pre, paired = TRUE, conf.level = conf.level)
  es <- effectsize::cohens_d(post, pre, paired = TRUE, ci = conf.level)
  dz <- es$Cohens_d
  z <- qnorm(1 - (1 - conf.level) / 2)
  dz.ci <- dz + c(-1, 1) * z * sqrt(1 / n + dz^2 / (2 * n))
  defined <- pre < max
  g <- (post[defined] - pre[defined]) / (max - pre[defined])
  cat("==", name, "  t.test(post, pre, paired = TRUE, conf.level =", conf.level, ")",
      " effectsize::cohens_d(post, pre, paired = TRUE, ci =", conf.level, ")\n")
  print(c(mean.pre = mean(pre), mean.post = mean(post),
          raw.gain = mean(post) - mean(pre),
          class.g = (mean(post) - mean(pre)) / (max - mean(pre)),
          mean.individual.g = mean(g), undefined.g = sum(!defined),
          low = sum(g < 0.3), medium = sum(g >= 0.3 & g < 0.7), high = sum(g >= 0.7),
          estimate = unname(r$estimate), conf.low = r$conf.int[1], conf.high = r$conf.int[2],
          statistic = unname(r$statistic), parameter = unname(r$parameter), p.value = r$p.value,
          stderr = r$stderr, dz = dz, base.dz = mean(d) / sd(d),
          dz.normal.low = dz.ci[1], dz.normal.high = dz.ci[2],
          dz.effectsize.low = es$CI_low, dz.effectsize.high = es$CI_high,
          pass.pre = if (is.na(pass)) NA else mean(pre >= pass),
          pass.post = if (is.na(pass)) NA else mean(post >= pass)), digits = 17)
}

# A: a 20-point test, pass mark 12; person 11 falls back (negative g).
a.pre <- c(8, 11, 6, 13, 9, 10, 7, 12, 5, 14, 11, 9)
a.post <- c(14, 15, 12, 17, 13, 16, 10, 18, 9, 19, 10, 15)
show("A", a.pre, a.post, max = 20, pass = 12)
show("A at 90%", a.pre, a.post, max = 20, pass = 12, conf.level = 0.90)

# B: a 100-point test, pass mark 60; person 4 starts at the maximum (g undefined) and stays there.
b.pre <- c(45, 62, 38, 100, 55, 71, 50, 66)
b.post <- c(70, 80, 52, 100, 76, 90, 58, 95)
show("B", b.pre, b.post, max = 100, pass = 60)

# C: a 10-point test, no pass mark; little change, two fall back.
c.pre <- c(6, 4, 7, 5, 8, 6)
c.post <- c(7, 4, 6, 7, 7, 8)
show("C", c.pre, c.post, max = 10)
