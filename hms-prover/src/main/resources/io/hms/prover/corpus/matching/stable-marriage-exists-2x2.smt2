; id: stable-marriage-exists-2x2
; family: matching
; statement: Every marriage market with 2 men and 2 women, each with a strict ranking of all agents on the other side, has a stable perfect matching (no man and woman both prefer each other to their partners).
; source: D. Gale & L. S. Shapley, College admissions and the stability of marriage, American Mathematical Monthly 69 (1962)
; expected: proved
; prelude: matching-preferences
; encoding: all preferences are symbolic Int ranks (permutations); the negation asserts that every one of the 2 perfect matchings has a blocking pair.
; pm_i_j: rank (0 = best) man i gives woman j; pw_j_i: rank woman j gives man i
(declare-const pm_1_1 Int) (declare-const pm_1_2 Int) (assert (mt-ranking2 pm_1_1 pm_1_2))
(declare-const pm_2_1 Int) (declare-const pm_2_2 Int) (assert (mt-ranking2 pm_2_1 pm_2_2))
(declare-const pw_1_1 Int) (declare-const pw_1_2 Int) (assert (mt-ranking2 pw_1_1 pw_1_2))
(declare-const pw_2_1 Int) (declare-const pw_2_2 Int) (assert (mt-ranking2 pw_2_1 pw_2_2))
; negation: each of the 2 perfect matchings is blocked by some pair
; m1-w1 m2-w2
(assert (or (mt-blocks pm_1_2 pm_1_1 pw_2_1 pw_2_2) (mt-blocks pm_2_1 pm_2_2 pw_1_2 pw_1_1)))
; m1-w2 m2-w1
(assert (or (mt-blocks pm_1_1 pm_1_2 pw_1_1 pw_1_2) (mt-blocks pm_2_2 pm_2_1 pw_2_2 pw_2_1)))
