; id: stable-marriage-exists-4x4
; family: matching
; statement: Every marriage market with 4 men and 4 women, each with a strict ranking of all agents on the other side, has a stable perfect matching (no man and woman both prefer each other to their partners).
; source: D. Gale & L. S. Shapley, College admissions and the stability of marriage, American Mathematical Monthly 69 (1962)
; tier: full
; expected: proved
; prelude: matching-preferences
; encoding: all preferences are symbolic Int ranks (permutations); the negation asserts that every one of the 24 perfect matchings has a blocking pair.
; pm_i_j: rank (0 = best) man i gives woman j; pw_j_i: rank woman j gives man i
(declare-const pm_1_1 Int) (declare-const pm_1_2 Int) (declare-const pm_1_3 Int) (declare-const pm_1_4 Int) (assert (mt-ranking4 pm_1_1 pm_1_2 pm_1_3 pm_1_4))
(declare-const pm_2_1 Int) (declare-const pm_2_2 Int) (declare-const pm_2_3 Int) (declare-const pm_2_4 Int) (assert (mt-ranking4 pm_2_1 pm_2_2 pm_2_3 pm_2_4))
(declare-const pm_3_1 Int) (declare-const pm_3_2 Int) (declare-const pm_3_3 Int) (declare-const pm_3_4 Int) (assert (mt-ranking4 pm_3_1 pm_3_2 pm_3_3 pm_3_4))
(declare-const pm_4_1 Int) (declare-const pm_4_2 Int) (declare-const pm_4_3 Int) (declare-const pm_4_4 Int) (assert (mt-ranking4 pm_4_1 pm_4_2 pm_4_3 pm_4_4))
(declare-const pw_1_1 Int) (declare-const pw_1_2 Int) (declare-const pw_1_3 Int) (declare-const pw_1_4 Int) (assert (mt-ranking4 pw_1_1 pw_1_2 pw_1_3 pw_1_4))
(declare-const pw_2_1 Int) (declare-const pw_2_2 Int) (declare-const pw_2_3 Int) (declare-const pw_2_4 Int) (assert (mt-ranking4 pw_2_1 pw_2_2 pw_2_3 pw_2_4))
(declare-const pw_3_1 Int) (declare-const pw_3_2 Int) (declare-const pw_3_3 Int) (declare-const pw_3_4 Int) (assert (mt-ranking4 pw_3_1 pw_3_2 pw_3_3 pw_3_4))
(declare-const pw_4_1 Int) (declare-const pw_4_2 Int) (declare-const pw_4_3 Int) (declare-const pw_4_4 Int) (assert (mt-ranking4 pw_4_1 pw_4_2 pw_4_3 pw_4_4))
; negation: each of the 24 perfect matchings is blocked by some pair
; m1-w1 m2-w2 m3-w3 m4-w4
(assert (or
  (mt-blocks pm_1_2 pm_1_1 pw_2_1 pw_2_2) (mt-blocks pm_1_3 pm_1_1 pw_3_1 pw_3_3) (mt-blocks pm_1_4 pm_1_1 pw_4_1 pw_4_4)
  (mt-blocks pm_2_1 pm_2_2 pw_1_2 pw_1_1) (mt-blocks pm_2_3 pm_2_2 pw_3_2 pw_3_3) (mt-blocks pm_2_4 pm_2_2 pw_4_2 pw_4_4)
  (mt-blocks pm_3_1 pm_3_3 pw_1_3 pw_1_1) (mt-blocks pm_3_2 pm_3_3 pw_2_3 pw_2_2) (mt-blocks pm_3_4 pm_3_3 pw_4_3 pw_4_4)
  (mt-blocks pm_4_1 pm_4_4 pw_1_4 pw_1_1) (mt-blocks pm_4_2 pm_4_4 pw_2_4 pw_2_2) (mt-blocks pm_4_3 pm_4_4 pw_3_4 pw_3_3)))
; m1-w1 m2-w2 m3-w4 m4-w3
(assert (or
  (mt-blocks pm_1_2 pm_1_1 pw_2_1 pw_2_2) (mt-blocks pm_1_3 pm_1_1 pw_3_1 pw_3_4) (mt-blocks pm_1_4 pm_1_1 pw_4_1 pw_4_3)
  (mt-blocks pm_2_1 pm_2_2 pw_1_2 pw_1_1) (mt-blocks pm_2_3 pm_2_2 pw_3_2 pw_3_4) (mt-blocks pm_2_4 pm_2_2 pw_4_2 pw_4_3)
  (mt-blocks pm_3_1 pm_3_4 pw_1_3 pw_1_1) (mt-blocks pm_3_2 pm_3_4 pw_2_3 pw_2_2) (mt-blocks pm_3_3 pm_3_4 pw_3_3 pw_3_4)
  (mt-blocks pm_4_1 pm_4_3 pw_1_4 pw_1_1) (mt-blocks pm_4_2 pm_4_3 pw_2_4 pw_2_2) (mt-blocks pm_4_4 pm_4_3 pw_4_4 pw_4_3)))
; m1-w1 m2-w3 m3-w2 m4-w4
(assert (or
  (mt-blocks pm_1_2 pm_1_1 pw_2_1 pw_2_3) (mt-blocks pm_1_3 pm_1_1 pw_3_1 pw_3_2) (mt-blocks pm_1_4 pm_1_1 pw_4_1 pw_4_4)
  (mt-blocks pm_2_1 pm_2_3 pw_1_2 pw_1_1) (mt-blocks pm_2_2 pm_2_3 pw_2_2 pw_2_3) (mt-blocks pm_2_4 pm_2_3 pw_4_2 pw_4_4)
  (mt-blocks pm_3_1 pm_3_2 pw_1_3 pw_1_1) (mt-blocks pm_3_3 pm_3_2 pw_3_3 pw_3_2) (mt-blocks pm_3_4 pm_3_2 pw_4_3 pw_4_4)
  (mt-blocks pm_4_1 pm_4_4 pw_1_4 pw_1_1) (mt-blocks pm_4_2 pm_4_4 pw_2_4 pw_2_3) (mt-blocks pm_4_3 pm_4_4 pw_3_4 pw_3_2)))
; m1-w1 m2-w3 m3-w4 m4-w2
(assert (or
  (mt-blocks pm_1_2 pm_1_1 pw_2_1 pw_2_4) (mt-blocks pm_1_3 pm_1_1 pw_3_1 pw_3_2) (mt-blocks pm_1_4 pm_1_1 pw_4_1 pw_4_3)
  (mt-blocks pm_2_1 pm_2_3 pw_1_2 pw_1_1) (mt-blocks pm_2_2 pm_2_3 pw_2_2 pw_2_4) (mt-blocks pm_2_4 pm_2_3 pw_4_2 pw_4_3)
  (mt-blocks pm_3_1 pm_3_4 pw_1_3 pw_1_1) (mt-blocks pm_3_2 pm_3_4 pw_2_3 pw_2_4) (mt-blocks pm_3_3 pm_3_4 pw_3_3 pw_3_2)
  (mt-blocks pm_4_1 pm_4_2 pw_1_4 pw_1_1) (mt-blocks pm_4_3 pm_4_2 pw_3_4 pw_3_2) (mt-blocks pm_4_4 pm_4_2 pw_4_4 pw_4_3)))
; m1-w1 m2-w4 m3-w2 m4-w3
(assert (or
  (mt-blocks pm_1_2 pm_1_1 pw_2_1 pw_2_3) (mt-blocks pm_1_3 pm_1_1 pw_3_1 pw_3_4) (mt-blocks pm_1_4 pm_1_1 pw_4_1 pw_4_2)
  (mt-blocks pm_2_1 pm_2_4 pw_1_2 pw_1_1) (mt-blocks pm_2_2 pm_2_4 pw_2_2 pw_2_3) (mt-blocks pm_2_3 pm_2_4 pw_3_2 pw_3_4)
  (mt-blocks pm_3_1 pm_3_2 pw_1_3 pw_1_1) (mt-blocks pm_3_3 pm_3_2 pw_3_3 pw_3_4) (mt-blocks pm_3_4 pm_3_2 pw_4_3 pw_4_2)
  (mt-blocks pm_4_1 pm_4_3 pw_1_4 pw_1_1) (mt-blocks pm_4_2 pm_4_3 pw_2_4 pw_2_3) (mt-blocks pm_4_4 pm_4_3 pw_4_4 pw_4_2)))
; m1-w1 m2-w4 m3-w3 m4-w2
(assert (or
  (mt-blocks pm_1_2 pm_1_1 pw_2_1 pw_2_4) (mt-blocks pm_1_3 pm_1_1 pw_3_1 pw_3_3) (mt-blocks pm_1_4 pm_1_1 pw_4_1 pw_4_2)
  (mt-blocks pm_2_1 pm_2_4 pw_1_2 pw_1_1) (mt-blocks pm_2_2 pm_2_4 pw_2_2 pw_2_4) (mt-blocks pm_2_3 pm_2_4 pw_3_2 pw_3_3)
  (mt-blocks pm_3_1 pm_3_3 pw_1_3 pw_1_1) (mt-blocks pm_3_2 pm_3_3 pw_2_3 pw_2_4) (mt-blocks pm_3_4 pm_3_3 pw_4_3 pw_4_2)
  (mt-blocks pm_4_1 pm_4_2 pw_1_4 pw_1_1) (mt-blocks pm_4_3 pm_4_2 pw_3_4 pw_3_3) (mt-blocks pm_4_4 pm_4_2 pw_4_4 pw_4_2)))
; m1-w2 m2-w1 m3-w3 m4-w4
(assert (or
  (mt-blocks pm_1_1 pm_1_2 pw_1_1 pw_1_2) (mt-blocks pm_1_3 pm_1_2 pw_3_1 pw_3_3) (mt-blocks pm_1_4 pm_1_2 pw_4_1 pw_4_4)
  (mt-blocks pm_2_2 pm_2_1 pw_2_2 pw_2_1) (mt-blocks pm_2_3 pm_2_1 pw_3_2 pw_3_3) (mt-blocks pm_2_4 pm_2_1 pw_4_2 pw_4_4)
  (mt-blocks pm_3_1 pm_3_3 pw_1_3 pw_1_2) (mt-blocks pm_3_2 pm_3_3 pw_2_3 pw_2_1) (mt-blocks pm_3_4 pm_3_3 pw_4_3 pw_4_4)
  (mt-blocks pm_4_1 pm_4_4 pw_1_4 pw_1_2) (mt-blocks pm_4_2 pm_4_4 pw_2_4 pw_2_1) (mt-blocks pm_4_3 pm_4_4 pw_3_4 pw_3_3)))
; m1-w2 m2-w1 m3-w4 m4-w3
(assert (or
  (mt-blocks pm_1_1 pm_1_2 pw_1_1 pw_1_2) (mt-blocks pm_1_3 pm_1_2 pw_3_1 pw_3_4) (mt-blocks pm_1_4 pm_1_2 pw_4_1 pw_4_3)
  (mt-blocks pm_2_2 pm_2_1 pw_2_2 pw_2_1) (mt-blocks pm_2_3 pm_2_1 pw_3_2 pw_3_4) (mt-blocks pm_2_4 pm_2_1 pw_4_2 pw_4_3)
  (mt-blocks pm_3_1 pm_3_4 pw_1_3 pw_1_2) (mt-blocks pm_3_2 pm_3_4 pw_2_3 pw_2_1) (mt-blocks pm_3_3 pm_3_4 pw_3_3 pw_3_4)
  (mt-blocks pm_4_1 pm_4_3 pw_1_4 pw_1_2) (mt-blocks pm_4_2 pm_4_3 pw_2_4 pw_2_1) (mt-blocks pm_4_4 pm_4_3 pw_4_4 pw_4_3)))
; m1-w2 m2-w3 m3-w1 m4-w4
(assert (or
  (mt-blocks pm_1_1 pm_1_2 pw_1_1 pw_1_3) (mt-blocks pm_1_3 pm_1_2 pw_3_1 pw_3_2) (mt-blocks pm_1_4 pm_1_2 pw_4_1 pw_4_4)
  (mt-blocks pm_2_1 pm_2_3 pw_1_2 pw_1_3) (mt-blocks pm_2_2 pm_2_3 pw_2_2 pw_2_1) (mt-blocks pm_2_4 pm_2_3 pw_4_2 pw_4_4)
  (mt-blocks pm_3_2 pm_3_1 pw_2_3 pw_2_1) (mt-blocks pm_3_3 pm_3_1 pw_3_3 pw_3_2) (mt-blocks pm_3_4 pm_3_1 pw_4_3 pw_4_4)
  (mt-blocks pm_4_1 pm_4_4 pw_1_4 pw_1_3) (mt-blocks pm_4_2 pm_4_4 pw_2_4 pw_2_1) (mt-blocks pm_4_3 pm_4_4 pw_3_4 pw_3_2)))
; m1-w2 m2-w3 m3-w4 m4-w1
(assert (or
  (mt-blocks pm_1_1 pm_1_2 pw_1_1 pw_1_4) (mt-blocks pm_1_3 pm_1_2 pw_3_1 pw_3_2) (mt-blocks pm_1_4 pm_1_2 pw_4_1 pw_4_3)
  (mt-blocks pm_2_1 pm_2_3 pw_1_2 pw_1_4) (mt-blocks pm_2_2 pm_2_3 pw_2_2 pw_2_1) (mt-blocks pm_2_4 pm_2_3 pw_4_2 pw_4_3)
  (mt-blocks pm_3_1 pm_3_4 pw_1_3 pw_1_4) (mt-blocks pm_3_2 pm_3_4 pw_2_3 pw_2_1) (mt-blocks pm_3_3 pm_3_4 pw_3_3 pw_3_2)
  (mt-blocks pm_4_2 pm_4_1 pw_2_4 pw_2_1) (mt-blocks pm_4_3 pm_4_1 pw_3_4 pw_3_2) (mt-blocks pm_4_4 pm_4_1 pw_4_4 pw_4_3)))
; m1-w2 m2-w4 m3-w1 m4-w3
(assert (or
  (mt-blocks pm_1_1 pm_1_2 pw_1_1 pw_1_3) (mt-blocks pm_1_3 pm_1_2 pw_3_1 pw_3_4) (mt-blocks pm_1_4 pm_1_2 pw_4_1 pw_4_2)
  (mt-blocks pm_2_1 pm_2_4 pw_1_2 pw_1_3) (mt-blocks pm_2_2 pm_2_4 pw_2_2 pw_2_1) (mt-blocks pm_2_3 pm_2_4 pw_3_2 pw_3_4)
  (mt-blocks pm_3_2 pm_3_1 pw_2_3 pw_2_1) (mt-blocks pm_3_3 pm_3_1 pw_3_3 pw_3_4) (mt-blocks pm_3_4 pm_3_1 pw_4_3 pw_4_2)
  (mt-blocks pm_4_1 pm_4_3 pw_1_4 pw_1_3) (mt-blocks pm_4_2 pm_4_3 pw_2_4 pw_2_1) (mt-blocks pm_4_4 pm_4_3 pw_4_4 pw_4_2)))
; m1-w2 m2-w4 m3-w3 m4-w1
(assert (or
  (mt-blocks pm_1_1 pm_1_2 pw_1_1 pw_1_4) (mt-blocks pm_1_3 pm_1_2 pw_3_1 pw_3_3) (mt-blocks pm_1_4 pm_1_2 pw_4_1 pw_4_2)
  (mt-blocks pm_2_1 pm_2_4 pw_1_2 pw_1_4) (mt-blocks pm_2_2 pm_2_4 pw_2_2 pw_2_1) (mt-blocks pm_2_3 pm_2_4 pw_3_2 pw_3_3)
  (mt-blocks pm_3_1 pm_3_3 pw_1_3 pw_1_4) (mt-blocks pm_3_2 pm_3_3 pw_2_3 pw_2_1) (mt-blocks pm_3_4 pm_3_3 pw_4_3 pw_4_2)
  (mt-blocks pm_4_2 pm_4_1 pw_2_4 pw_2_1) (mt-blocks pm_4_3 pm_4_1 pw_3_4 pw_3_3) (mt-blocks pm_4_4 pm_4_1 pw_4_4 pw_4_2)))
; m1-w3 m2-w1 m3-w2 m4-w4
(assert (or
  (mt-blocks pm_1_1 pm_1_3 pw_1_1 pw_1_2) (mt-blocks pm_1_2 pm_1_3 pw_2_1 pw_2_3) (mt-blocks pm_1_4 pm_1_3 pw_4_1 pw_4_4)
  (mt-blocks pm_2_2 pm_2_1 pw_2_2 pw_2_3) (mt-blocks pm_2_3 pm_2_1 pw_3_2 pw_3_1) (mt-blocks pm_2_4 pm_2_1 pw_4_2 pw_4_4)
  (mt-blocks pm_3_1 pm_3_2 pw_1_3 pw_1_2) (mt-blocks pm_3_3 pm_3_2 pw_3_3 pw_3_1) (mt-blocks pm_3_4 pm_3_2 pw_4_3 pw_4_4)
  (mt-blocks pm_4_1 pm_4_4 pw_1_4 pw_1_2) (mt-blocks pm_4_2 pm_4_4 pw_2_4 pw_2_3) (mt-blocks pm_4_3 pm_4_4 pw_3_4 pw_3_1)))
; m1-w3 m2-w1 m3-w4 m4-w2
(assert (or
  (mt-blocks pm_1_1 pm_1_3 pw_1_1 pw_1_2) (mt-blocks pm_1_2 pm_1_3 pw_2_1 pw_2_4) (mt-blocks pm_1_4 pm_1_3 pw_4_1 pw_4_3)
  (mt-blocks pm_2_2 pm_2_1 pw_2_2 pw_2_4) (mt-blocks pm_2_3 pm_2_1 pw_3_2 pw_3_1) (mt-blocks pm_2_4 pm_2_1 pw_4_2 pw_4_3)
  (mt-blocks pm_3_1 pm_3_4 pw_1_3 pw_1_2) (mt-blocks pm_3_2 pm_3_4 pw_2_3 pw_2_4) (mt-blocks pm_3_3 pm_3_4 pw_3_3 pw_3_1)
  (mt-blocks pm_4_1 pm_4_2 pw_1_4 pw_1_2) (mt-blocks pm_4_3 pm_4_2 pw_3_4 pw_3_1) (mt-blocks pm_4_4 pm_4_2 pw_4_4 pw_4_3)))
; m1-w3 m2-w2 m3-w1 m4-w4
(assert (or
  (mt-blocks pm_1_1 pm_1_3 pw_1_1 pw_1_3) (mt-blocks pm_1_2 pm_1_3 pw_2_1 pw_2_2) (mt-blocks pm_1_4 pm_1_3 pw_4_1 pw_4_4)
  (mt-blocks pm_2_1 pm_2_2 pw_1_2 pw_1_3) (mt-blocks pm_2_3 pm_2_2 pw_3_2 pw_3_1) (mt-blocks pm_2_4 pm_2_2 pw_4_2 pw_4_4)
  (mt-blocks pm_3_2 pm_3_1 pw_2_3 pw_2_2) (mt-blocks pm_3_3 pm_3_1 pw_3_3 pw_3_1) (mt-blocks pm_3_4 pm_3_1 pw_4_3 pw_4_4)
  (mt-blocks pm_4_1 pm_4_4 pw_1_4 pw_1_3) (mt-blocks pm_4_2 pm_4_4 pw_2_4 pw_2_2) (mt-blocks pm_4_3 pm_4_4 pw_3_4 pw_3_1)))
; m1-w3 m2-w2 m3-w4 m4-w1
(assert (or
  (mt-blocks pm_1_1 pm_1_3 pw_1_1 pw_1_4) (mt-blocks pm_1_2 pm_1_3 pw_2_1 pw_2_2) (mt-blocks pm_1_4 pm_1_3 pw_4_1 pw_4_3)
  (mt-blocks pm_2_1 pm_2_2 pw_1_2 pw_1_4) (mt-blocks pm_2_3 pm_2_2 pw_3_2 pw_3_1) (mt-blocks pm_2_4 pm_2_2 pw_4_2 pw_4_3)
  (mt-blocks pm_3_1 pm_3_4 pw_1_3 pw_1_4) (mt-blocks pm_3_2 pm_3_4 pw_2_3 pw_2_2) (mt-blocks pm_3_3 pm_3_4 pw_3_3 pw_3_1)
  (mt-blocks pm_4_2 pm_4_1 pw_2_4 pw_2_2) (mt-blocks pm_4_3 pm_4_1 pw_3_4 pw_3_1) (mt-blocks pm_4_4 pm_4_1 pw_4_4 pw_4_3)))
; m1-w3 m2-w4 m3-w1 m4-w2
(assert (or
  (mt-blocks pm_1_1 pm_1_3 pw_1_1 pw_1_3) (mt-blocks pm_1_2 pm_1_3 pw_2_1 pw_2_4) (mt-blocks pm_1_4 pm_1_3 pw_4_1 pw_4_2)
  (mt-blocks pm_2_1 pm_2_4 pw_1_2 pw_1_3) (mt-blocks pm_2_2 pm_2_4 pw_2_2 pw_2_4) (mt-blocks pm_2_3 pm_2_4 pw_3_2 pw_3_1)
  (mt-blocks pm_3_2 pm_3_1 pw_2_3 pw_2_4) (mt-blocks pm_3_3 pm_3_1 pw_3_3 pw_3_1) (mt-blocks pm_3_4 pm_3_1 pw_4_3 pw_4_2)
  (mt-blocks pm_4_1 pm_4_2 pw_1_4 pw_1_3) (mt-blocks pm_4_3 pm_4_2 pw_3_4 pw_3_1) (mt-blocks pm_4_4 pm_4_2 pw_4_4 pw_4_2)))
; m1-w3 m2-w4 m3-w2 m4-w1
(assert (or
  (mt-blocks pm_1_1 pm_1_3 pw_1_1 pw_1_4) (mt-blocks pm_1_2 pm_1_3 pw_2_1 pw_2_3) (mt-blocks pm_1_4 pm_1_3 pw_4_1 pw_4_2)
  (mt-blocks pm_2_1 pm_2_4 pw_1_2 pw_1_4) (mt-blocks pm_2_2 pm_2_4 pw_2_2 pw_2_3) (mt-blocks pm_2_3 pm_2_4 pw_3_2 pw_3_1)
  (mt-blocks pm_3_1 pm_3_2 pw_1_3 pw_1_4) (mt-blocks pm_3_3 pm_3_2 pw_3_3 pw_3_1) (mt-blocks pm_3_4 pm_3_2 pw_4_3 pw_4_2)
  (mt-blocks pm_4_2 pm_4_1 pw_2_4 pw_2_3) (mt-blocks pm_4_3 pm_4_1 pw_3_4 pw_3_1) (mt-blocks pm_4_4 pm_4_1 pw_4_4 pw_4_2)))
; m1-w4 m2-w1 m3-w2 m4-w3
(assert (or
  (mt-blocks pm_1_1 pm_1_4 pw_1_1 pw_1_2) (mt-blocks pm_1_2 pm_1_4 pw_2_1 pw_2_3) (mt-blocks pm_1_3 pm_1_4 pw_3_1 pw_3_4)
  (mt-blocks pm_2_2 pm_2_1 pw_2_2 pw_2_3) (mt-blocks pm_2_3 pm_2_1 pw_3_2 pw_3_4) (mt-blocks pm_2_4 pm_2_1 pw_4_2 pw_4_1)
  (mt-blocks pm_3_1 pm_3_2 pw_1_3 pw_1_2) (mt-blocks pm_3_3 pm_3_2 pw_3_3 pw_3_4) (mt-blocks pm_3_4 pm_3_2 pw_4_3 pw_4_1)
  (mt-blocks pm_4_1 pm_4_3 pw_1_4 pw_1_2) (mt-blocks pm_4_2 pm_4_3 pw_2_4 pw_2_3) (mt-blocks pm_4_4 pm_4_3 pw_4_4 pw_4_1)))
; m1-w4 m2-w1 m3-w3 m4-w2
(assert (or
  (mt-blocks pm_1_1 pm_1_4 pw_1_1 pw_1_2) (mt-blocks pm_1_2 pm_1_4 pw_2_1 pw_2_4) (mt-blocks pm_1_3 pm_1_4 pw_3_1 pw_3_3)
  (mt-blocks pm_2_2 pm_2_1 pw_2_2 pw_2_4) (mt-blocks pm_2_3 pm_2_1 pw_3_2 pw_3_3) (mt-blocks pm_2_4 pm_2_1 pw_4_2 pw_4_1)
  (mt-blocks pm_3_1 pm_3_3 pw_1_3 pw_1_2) (mt-blocks pm_3_2 pm_3_3 pw_2_3 pw_2_4) (mt-blocks pm_3_4 pm_3_3 pw_4_3 pw_4_1)
  (mt-blocks pm_4_1 pm_4_2 pw_1_4 pw_1_2) (mt-blocks pm_4_3 pm_4_2 pw_3_4 pw_3_3) (mt-blocks pm_4_4 pm_4_2 pw_4_4 pw_4_1)))
; m1-w4 m2-w2 m3-w1 m4-w3
(assert (or
  (mt-blocks pm_1_1 pm_1_4 pw_1_1 pw_1_3) (mt-blocks pm_1_2 pm_1_4 pw_2_1 pw_2_2) (mt-blocks pm_1_3 pm_1_4 pw_3_1 pw_3_4)
  (mt-blocks pm_2_1 pm_2_2 pw_1_2 pw_1_3) (mt-blocks pm_2_3 pm_2_2 pw_3_2 pw_3_4) (mt-blocks pm_2_4 pm_2_2 pw_4_2 pw_4_1)
  (mt-blocks pm_3_2 pm_3_1 pw_2_3 pw_2_2) (mt-blocks pm_3_3 pm_3_1 pw_3_3 pw_3_4) (mt-blocks pm_3_4 pm_3_1 pw_4_3 pw_4_1)
  (mt-blocks pm_4_1 pm_4_3 pw_1_4 pw_1_3) (mt-blocks pm_4_2 pm_4_3 pw_2_4 pw_2_2) (mt-blocks pm_4_4 pm_4_3 pw_4_4 pw_4_1)))
; m1-w4 m2-w2 m3-w3 m4-w1
(assert (or
  (mt-blocks pm_1_1 pm_1_4 pw_1_1 pw_1_4) (mt-blocks pm_1_2 pm_1_4 pw_2_1 pw_2_2) (mt-blocks pm_1_3 pm_1_4 pw_3_1 pw_3_3)
  (mt-blocks pm_2_1 pm_2_2 pw_1_2 pw_1_4) (mt-blocks pm_2_3 pm_2_2 pw_3_2 pw_3_3) (mt-blocks pm_2_4 pm_2_2 pw_4_2 pw_4_1)
  (mt-blocks pm_3_1 pm_3_3 pw_1_3 pw_1_4) (mt-blocks pm_3_2 pm_3_3 pw_2_3 pw_2_2) (mt-blocks pm_3_4 pm_3_3 pw_4_3 pw_4_1)
  (mt-blocks pm_4_2 pm_4_1 pw_2_4 pw_2_2) (mt-blocks pm_4_3 pm_4_1 pw_3_4 pw_3_3) (mt-blocks pm_4_4 pm_4_1 pw_4_4 pw_4_1)))
; m1-w4 m2-w3 m3-w1 m4-w2
(assert (or
  (mt-blocks pm_1_1 pm_1_4 pw_1_1 pw_1_3) (mt-blocks pm_1_2 pm_1_4 pw_2_1 pw_2_4) (mt-blocks pm_1_3 pm_1_4 pw_3_1 pw_3_2)
  (mt-blocks pm_2_1 pm_2_3 pw_1_2 pw_1_3) (mt-blocks pm_2_2 pm_2_3 pw_2_2 pw_2_4) (mt-blocks pm_2_4 pm_2_3 pw_4_2 pw_4_1)
  (mt-blocks pm_3_2 pm_3_1 pw_2_3 pw_2_4) (mt-blocks pm_3_3 pm_3_1 pw_3_3 pw_3_2) (mt-blocks pm_3_4 pm_3_1 pw_4_3 pw_4_1)
  (mt-blocks pm_4_1 pm_4_2 pw_1_4 pw_1_3) (mt-blocks pm_4_3 pm_4_2 pw_3_4 pw_3_2) (mt-blocks pm_4_4 pm_4_2 pw_4_4 pw_4_1)))
; m1-w4 m2-w3 m3-w2 m4-w1
(assert (or
  (mt-blocks pm_1_1 pm_1_4 pw_1_1 pw_1_4) (mt-blocks pm_1_2 pm_1_4 pw_2_1 pw_2_3) (mt-blocks pm_1_3 pm_1_4 pw_3_1 pw_3_2)
  (mt-blocks pm_2_1 pm_2_3 pw_1_2 pw_1_4) (mt-blocks pm_2_2 pm_2_3 pw_2_2 pw_2_3) (mt-blocks pm_2_4 pm_2_3 pw_4_2 pw_4_1)
  (mt-blocks pm_3_1 pm_3_2 pw_1_3 pw_1_4) (mt-blocks pm_3_3 pm_3_2 pw_3_3 pw_3_2) (mt-blocks pm_3_4 pm_3_2 pw_4_3 pw_4_1)
  (mt-blocks pm_4_2 pm_4_1 pw_2_4 pw_2_3) (mt-blocks pm_4_3 pm_4_1 pw_3_4 pw_3_2) (mt-blocks pm_4_4 pm_4_1 pw_4_4 pw_4_1)))
