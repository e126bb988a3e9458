; id: stable-roommates-4agents
; family: matching
; statement: Every stable roommates problem with 4 agents, each with a strict ranking of the other 3, has a stable perfect matching (false: Gale and Shapley give 4 roommates for whom every pairing is blocked).
; source: D. Gale & L. S. Shapley, College admissions and the stability of marriage, American Mathematical Monthly 69 (1962)
; expected: refuted
; prelude: matching-preferences
; encoding: symbolic Int ranks per agent over the other three; the negation asserts that all 3 perfect matchings are blocked, and the model is a profile without a stable matching.
; r_i_j: rank (0 = best) agent i gives agent j among the 3 others
(declare-const r_1_2 Int) (declare-const r_1_3 Int) (declare-const r_1_4 Int) (assert (mt-ranking3 r_1_2 r_1_3 r_1_4))
(declare-const r_2_1 Int) (declare-const r_2_3 Int) (declare-const r_2_4 Int) (assert (mt-ranking3 r_2_1 r_2_3 r_2_4))
(declare-const r_3_1 Int) (declare-const r_3_2 Int) (declare-const r_3_4 Int) (assert (mt-ranking3 r_3_1 r_3_2 r_3_4))
(declare-const r_4_1 Int) (declare-const r_4_2 Int) (declare-const r_4_3 Int) (assert (mt-ranking3 r_4_1 r_4_2 r_4_3))
; negation: each of the 3 perfect matchings of the 4 roommates is blocked by some pair
; 1-2 3-4
(assert (or (mt-blocks r_1_3 r_1_2 r_3_1 r_3_4) (mt-blocks r_1_4 r_1_2 r_4_1 r_4_3) (mt-blocks r_2_3 r_2_1 r_3_2 r_3_4) (mt-blocks r_2_4 r_2_1 r_4_2 r_4_3)))
; 1-3 2-4
(assert (or (mt-blocks r_1_2 r_1_3 r_2_1 r_2_4) (mt-blocks r_1_4 r_1_3 r_4_1 r_4_2) (mt-blocks r_2_3 r_2_4 r_3_2 r_3_1) (mt-blocks r_3_4 r_3_1 r_4_3 r_4_2)))
; 1-4 2-3
(assert (or (mt-blocks r_1_2 r_1_4 r_2_1 r_2_3) (mt-blocks r_1_3 r_1_4 r_3_1 r_3_2) (mt-blocks r_2_4 r_2_3 r_4_2 r_4_1) (mt-blocks r_3_4 r_3_2 r_4_3 r_4_1)))
