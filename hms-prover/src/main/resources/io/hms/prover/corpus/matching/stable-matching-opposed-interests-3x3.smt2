; id: stable-matching-opposed-interests-3x3
; family: matching
; statement: In every marriage market with 3 men and 3 women with strict complete preferences, if X and Y are stable matchings and every man weakly prefers X to Y, then every woman weakly prefers Y to X.
; source: D. E. Knuth, Mariages stables et leurs relations avec d'autres problemes combinatoires (1976); A. E. Roth & M. Sotomayor, Two-Sided Matching (1990)
; expected: proved
; prelude: matching-preferences
; encoding: symbolic Int ranks; two perfect matchings as Boolean matrices with partner-rank Ints, both stable; the negation asserts all men weakly prefer X and some woman strictly prefers X.
; pm_i_j: rank (0 = best) man i gives woman j; pw_j_i: rank woman j gives man i
(declare-const pm_1_1 Int) (declare-const pm_1_2 Int) (declare-const pm_1_3 Int) (assert (mt-ranking3 pm_1_1 pm_1_2 pm_1_3))
(declare-const pm_2_1 Int) (declare-const pm_2_2 Int) (declare-const pm_2_3 Int) (assert (mt-ranking3 pm_2_1 pm_2_2 pm_2_3))
(declare-const pm_3_1 Int) (declare-const pm_3_2 Int) (declare-const pm_3_3 Int) (assert (mt-ranking3 pm_3_1 pm_3_2 pm_3_3))
(declare-const pw_1_1 Int) (declare-const pw_1_2 Int) (declare-const pw_1_3 Int) (assert (mt-ranking3 pw_1_1 pw_1_2 pw_1_3))
(declare-const pw_2_1 Int) (declare-const pw_2_2 Int) (declare-const pw_2_3 Int) (assert (mt-ranking3 pw_2_1 pw_2_2 pw_2_3))
(declare-const pw_3_1 Int) (declare-const pw_3_2 Int) (declare-const pw_3_3 Int) (assert (mt-ranking3 pw_3_1 pw_3_2 pw_3_3))
; x_i_j: man i is married to woman j in matching X, a perfect matching;
; xm_i and xw_j: rank of the partner in X for man i and for woman j
(declare-const x_1_1 Bool) (declare-const x_1_2 Bool) (declare-const x_1_3 Bool)
(declare-const x_2_1 Bool) (declare-const x_2_2 Bool) (declare-const x_2_3 Bool)
(declare-const x_3_1 Bool) (declare-const x_3_2 Bool) (declare-const x_3_3 Bool)
(declare-const xm_1 Int) (declare-const xm_2 Int) (declare-const xm_3 Int) (declare-const xw_1 Int) (declare-const xw_2 Int) (declare-const xw_3 Int)
(assert (and (or x_1_1 x_1_2 x_1_3) (not (and x_1_1 x_1_2)) (not (and x_1_1 x_1_3)) (not (and x_1_2 x_1_3))))
(assert (and (or x_2_1 x_2_2 x_2_3) (not (and x_2_1 x_2_2)) (not (and x_2_1 x_2_3)) (not (and x_2_2 x_2_3))))
(assert (and (or x_3_1 x_3_2 x_3_3) (not (and x_3_1 x_3_2)) (not (and x_3_1 x_3_3)) (not (and x_3_2 x_3_3))))
(assert (and (or x_1_1 x_2_1 x_3_1) (not (and x_1_1 x_2_1)) (not (and x_1_1 x_3_1)) (not (and x_2_1 x_3_1))))
(assert (and (or x_1_2 x_2_2 x_3_2) (not (and x_1_2 x_2_2)) (not (and x_1_2 x_3_2)) (not (and x_2_2 x_3_2))))
(assert (and (or x_1_3 x_2_3 x_3_3) (not (and x_1_3 x_2_3)) (not (and x_1_3 x_3_3)) (not (and x_2_3 x_3_3))))
(assert (and (=> x_1_1 (and (= xm_1 pm_1_1) (= xw_1 pw_1_1))) (=> x_1_2 (and (= xm_1 pm_1_2) (= xw_2 pw_2_1))) (=> x_1_3 (and (= xm_1 pm_1_3) (= xw_3 pw_3_1)))))
(assert (and (=> x_2_1 (and (= xm_2 pm_2_1) (= xw_1 pw_1_2))) (=> x_2_2 (and (= xm_2 pm_2_2) (= xw_2 pw_2_2))) (=> x_2_3 (and (= xm_2 pm_2_3) (= xw_3 pw_3_2)))))
(assert (and (=> x_3_1 (and (= xm_3 pm_3_1) (= xw_1 pw_1_3))) (=> x_3_2 (and (= xm_3 pm_3_2) (= xw_2 pw_2_3))) (=> x_3_3 (and (= xm_3 pm_3_3) (= xw_3 pw_3_3)))))
; X is stable: no pair outside it blocks
(assert (and (not (mt-blocks pm_1_1 xm_1 pw_1_1 xw_1)) (not (mt-blocks pm_1_2 xm_1 pw_2_1 xw_2)) (not (mt-blocks pm_1_3 xm_1 pw_3_1 xw_3))))
(assert (and (not (mt-blocks pm_2_1 xm_2 pw_1_2 xw_1)) (not (mt-blocks pm_2_2 xm_2 pw_2_2 xw_2)) (not (mt-blocks pm_2_3 xm_2 pw_3_2 xw_3))))
(assert (and (not (mt-blocks pm_3_1 xm_3 pw_1_3 xw_1)) (not (mt-blocks pm_3_2 xm_3 pw_2_3 xw_2)) (not (mt-blocks pm_3_3 xm_3 pw_3_3 xw_3))))
; y_i_j: man i is married to woman j in matching Y, a perfect matching;
; ym_i and yw_j: rank of the partner in Y for man i and for woman j
(declare-const y_1_1 Bool) (declare-const y_1_2 Bool) (declare-const y_1_3 Bool)
(declare-const y_2_1 Bool) (declare-const y_2_2 Bool) (declare-const y_2_3 Bool)
(declare-const y_3_1 Bool) (declare-const y_3_2 Bool) (declare-const y_3_3 Bool)
(declare-const ym_1 Int) (declare-const ym_2 Int) (declare-const ym_3 Int) (declare-const yw_1 Int) (declare-const yw_2 Int) (declare-const yw_3 Int)
(assert (and (or y_1_1 y_1_2 y_1_3) (not (and y_1_1 y_1_2)) (not (and y_1_1 y_1_3)) (not (and y_1_2 y_1_3))))
(assert (and (or y_2_1 y_2_2 y_2_3) (not (and y_2_1 y_2_2)) (not (and y_2_1 y_2_3)) (not (and y_2_2 y_2_3))))
(assert (and (or y_3_1 y_3_2 y_3_3) (not (and y_3_1 y_3_2)) (not (and y_3_1 y_3_3)) (not (and y_3_2 y_3_3))))
(assert (and (or y_1_1 y_2_1 y_3_1) (not (and y_1_1 y_2_1)) (not (and y_1_1 y_3_1)) (not (and y_2_1 y_3_1))))
(assert (and (or y_1_2 y_2_2 y_3_2) (not (and y_1_2 y_2_2)) (not (and y_1_2 y_3_2)) (not (and y_2_2 y_3_2))))
(assert (and (or y_1_3 y_2_3 y_3_3) (not (and y_1_3 y_2_3)) (not (and y_1_3 y_3_3)) (not (and y_2_3 y_3_3))))
(assert (and (=> y_1_1 (and (= ym_1 pm_1_1) (= yw_1 pw_1_1))) (=> y_1_2 (and (= ym_1 pm_1_2) (= yw_2 pw_2_1))) (=> y_1_3 (and (= ym_1 pm_1_3) (= yw_3 pw_3_1)))))
(assert (and (=> y_2_1 (and (= ym_2 pm_2_1) (= yw_1 pw_1_2))) (=> y_2_2 (and (= ym_2 pm_2_2) (= yw_2 pw_2_2))) (=> y_2_3 (and (= ym_2 pm_2_3) (= yw_3 pw_3_2)))))
(assert (and (=> y_3_1 (and (= ym_3 pm_3_1) (= yw_1 pw_1_3))) (=> y_3_2 (and (= ym_3 pm_3_2) (= yw_2 pw_2_3))) (=> y_3_3 (and (= ym_3 pm_3_3) (= yw_3 pw_3_3)))))
; Y is stable: no pair outside it blocks
(assert (and (not (mt-blocks pm_1_1 ym_1 pw_1_1 yw_1)) (not (mt-blocks pm_1_2 ym_1 pw_2_1 yw_2)) (not (mt-blocks pm_1_3 ym_1 pw_3_1 yw_3))))
(assert (and (not (mt-blocks pm_2_1 ym_2 pw_1_2 yw_1)) (not (mt-blocks pm_2_2 ym_2 pw_2_2 yw_2)) (not (mt-blocks pm_2_3 ym_2 pw_3_2 yw_3))))
(assert (and (not (mt-blocks pm_3_1 ym_3 pw_1_3 yw_1)) (not (mt-blocks pm_3_2 ym_3 pw_2_3 yw_2)) (not (mt-blocks pm_3_3 ym_3 pw_3_3 yw_3))))
; every man weakly prefers X to Y
(assert (and (<= xm_1 ym_1) (<= xm_2 ym_2) (<= xm_3 ym_3)))
; negation: some woman strictly prefers X to Y
(assert (or (< xw_1 yw_1) (< xw_2 yw_2) (< xw_3 yw_3)))
