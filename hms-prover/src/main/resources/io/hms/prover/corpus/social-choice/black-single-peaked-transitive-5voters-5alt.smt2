; id: black-single-peaked-transitive-5voters-5alt
; family: social-choice
; statement: If 5 voters have strict rankings over 5 alternatives that are single-peaked with respect to a common left-right order, the pairwise majority relation is transitive.
; source: D. Black, On the rationale of group decision-making, Journal of Political Economy 56 (1948)
; expected: proved
; prelude: social-choice-orders
; encoding: Int ranks per voter and alternative; single-peakedness as "the middle of any three is never worst"; majority of 5 by counting; the negation asserts a majority 3-cycle on some triple.
; Alternatives a, b, c, d, e lie on a line in that order. r<i>_<x> is the rank (0 = best) voter i
; gives alternative x; each voter has a strict ranking
(declare-const r1_a Int) (declare-const r1_b Int) (declare-const r1_c Int) (declare-const r1_d Int) (declare-const r1_e Int)
(assert (sc-ranking5 r1_a r1_b r1_c r1_d r1_e))
(declare-const r2_a Int) (declare-const r2_b Int) (declare-const r2_c Int) (declare-const r2_d Int) (declare-const r2_e Int)
(assert (sc-ranking5 r2_a r2_b r2_c r2_d r2_e))
(declare-const r3_a Int) (declare-const r3_b Int) (declare-const r3_c Int) (declare-const r3_d Int) (declare-const r3_e Int)
(assert (sc-ranking5 r3_a r3_b r3_c r3_d r3_e))
(declare-const r4_a Int) (declare-const r4_b Int) (declare-const r4_c Int) (declare-const r4_d Int) (declare-const r4_e Int)
(assert (sc-ranking5 r4_a r4_b r4_c r4_d r4_e))
(declare-const r5_a Int) (declare-const r5_b Int) (declare-const r5_c Int) (declare-const r5_d Int) (declare-const r5_e Int)
(assert (sc-ranking5 r5_a r5_b r5_c r5_d r5_e))
; single-peakedness: for any three alternatives on the line, no voter ranks the middle one worst
(assert (and (sc-middle-not-worst r1_a r1_b r1_c) (sc-middle-not-worst r1_a r1_b r1_d) (sc-middle-not-worst r1_a r1_b r1_e) (sc-middle-not-worst r1_a r1_c r1_d) (sc-middle-not-worst r1_a r1_c r1_e) (sc-middle-not-worst r1_a r1_d r1_e) (sc-middle-not-worst r1_b r1_c r1_d) (sc-middle-not-worst r1_b r1_c r1_e) (sc-middle-not-worst r1_b r1_d r1_e) (sc-middle-not-worst r1_c r1_d r1_e)))
(assert (and (sc-middle-not-worst r2_a r2_b r2_c) (sc-middle-not-worst r2_a r2_b r2_d) (sc-middle-not-worst r2_a r2_b r2_e) (sc-middle-not-worst r2_a r2_c r2_d) (sc-middle-not-worst r2_a r2_c r2_e) (sc-middle-not-worst r2_a r2_d r2_e) (sc-middle-not-worst r2_b r2_c r2_d) (sc-middle-not-worst r2_b r2_c r2_e) (sc-middle-not-worst r2_b r2_d r2_e) (sc-middle-not-worst r2_c r2_d r2_e)))
(assert (and (sc-middle-not-worst r3_a r3_b r3_c) (sc-middle-not-worst r3_a r3_b r3_d) (sc-middle-not-worst r3_a r3_b r3_e) (sc-middle-not-worst r3_a r3_c r3_d) (sc-middle-not-worst r3_a r3_c r3_e) (sc-middle-not-worst r3_a r3_d r3_e) (sc-middle-not-worst r3_b r3_c r3_d) (sc-middle-not-worst r3_b r3_c r3_e) (sc-middle-not-worst r3_b r3_d r3_e) (sc-middle-not-worst r3_c r3_d r3_e)))
(assert (and (sc-middle-not-worst r4_a r4_b r4_c) (sc-middle-not-worst r4_a r4_b r4_d) (sc-middle-not-worst r4_a r4_b r4_e) (sc-middle-not-worst r4_a r4_c r4_d) (sc-middle-not-worst r4_a r4_c r4_e) (sc-middle-not-worst r4_a r4_d r4_e) (sc-middle-not-worst r4_b r4_c r4_d) (sc-middle-not-worst r4_b r4_c r4_e) (sc-middle-not-worst r4_b r4_d r4_e) (sc-middle-not-worst r4_c r4_d r4_e)))
(assert (and (sc-middle-not-worst r5_a r5_b r5_c) (sc-middle-not-worst r5_a r5_b r5_d) (sc-middle-not-worst r5_a r5_b r5_e) (sc-middle-not-worst r5_a r5_c r5_d) (sc-middle-not-worst r5_a r5_c r5_e) (sc-middle-not-worst r5_a r5_d r5_e) (sc-middle-not-worst r5_b r5_c r5_d) (sc-middle-not-worst r5_b r5_c r5_e) (sc-middle-not-worst r5_b r5_d r5_e) (sc-middle-not-worst r5_c r5_d r5_e)))
; m_xy: a strict majority of the 5 voters ranks x above y
(define-fun m_ab () Bool (sc-maj5 (< r1_a r1_b) (< r2_a r2_b) (< r3_a r3_b) (< r4_a r4_b) (< r5_a r5_b)))
(define-fun m_ac () Bool (sc-maj5 (< r1_a r1_c) (< r2_a r2_c) (< r3_a r3_c) (< r4_a r4_c) (< r5_a r5_c)))
(define-fun m_ad () Bool (sc-maj5 (< r1_a r1_d) (< r2_a r2_d) (< r3_a r3_d) (< r4_a r4_d) (< r5_a r5_d)))
(define-fun m_ae () Bool (sc-maj5 (< r1_a r1_e) (< r2_a r2_e) (< r3_a r3_e) (< r4_a r4_e) (< r5_a r5_e)))
(define-fun m_ba () Bool (sc-maj5 (< r1_b r1_a) (< r2_b r2_a) (< r3_b r3_a) (< r4_b r4_a) (< r5_b r5_a)))
(define-fun m_bc () Bool (sc-maj5 (< r1_b r1_c) (< r2_b r2_c) (< r3_b r3_c) (< r4_b r4_c) (< r5_b r5_c)))
(define-fun m_bd () Bool (sc-maj5 (< r1_b r1_d) (< r2_b r2_d) (< r3_b r3_d) (< r4_b r4_d) (< r5_b r5_d)))
(define-fun m_be () Bool (sc-maj5 (< r1_b r1_e) (< r2_b r2_e) (< r3_b r3_e) (< r4_b r4_e) (< r5_b r5_e)))
(define-fun m_ca () Bool (sc-maj5 (< r1_c r1_a) (< r2_c r2_a) (< r3_c r3_a) (< r4_c r4_a) (< r5_c r5_a)))
(define-fun m_cb () Bool (sc-maj5 (< r1_c r1_b) (< r2_c r2_b) (< r3_c r3_b) (< r4_c r4_b) (< r5_c r5_b)))
(define-fun m_cd () Bool (sc-maj5 (< r1_c r1_d) (< r2_c r2_d) (< r3_c r3_d) (< r4_c r4_d) (< r5_c r5_d)))
(define-fun m_ce () Bool (sc-maj5 (< r1_c r1_e) (< r2_c r2_e) (< r3_c r3_e) (< r4_c r4_e) (< r5_c r5_e)))
(define-fun m_da () Bool (sc-maj5 (< r1_d r1_a) (< r2_d r2_a) (< r3_d r3_a) (< r4_d r4_a) (< r5_d r5_a)))
(define-fun m_db () Bool (sc-maj5 (< r1_d r1_b) (< r2_d r2_b) (< r3_d r3_b) (< r4_d r4_b) (< r5_d r5_b)))
(define-fun m_dc () Bool (sc-maj5 (< r1_d r1_c) (< r2_d r2_c) (< r3_d r3_c) (< r4_d r4_c) (< r5_d r5_c)))
(define-fun m_de () Bool (sc-maj5 (< r1_d r1_e) (< r2_d r2_e) (< r3_d r3_e) (< r4_d r4_e) (< r5_d r5_e)))
(define-fun m_ea () Bool (sc-maj5 (< r1_e r1_a) (< r2_e r2_a) (< r3_e r3_a) (< r4_e r4_a) (< r5_e r5_a)))
(define-fun m_eb () Bool (sc-maj5 (< r1_e r1_b) (< r2_e r2_b) (< r3_e r3_b) (< r4_e r4_b) (< r5_e r5_b)))
(define-fun m_ec () Bool (sc-maj5 (< r1_e r1_c) (< r2_e r2_c) (< r3_e r3_c) (< r4_e r4_c) (< r5_e r5_c)))
(define-fun m_ed () Bool (sc-maj5 (< r1_e r1_d) (< r2_e r2_d) (< r3_e r3_d) (< r4_e r4_d) (< r5_e r5_d)))
; negation: the majority relation has a cycle on some triple
(assert (or
  (not (sc-transitive3 m_ab m_bc m_ac)) (not (sc-transitive3 m_ab m_bd m_ad)) (not (sc-transitive3 m_ab m_be m_ae))
  (not (sc-transitive3 m_ac m_cd m_ad)) (not (sc-transitive3 m_ac m_ce m_ae)) (not (sc-transitive3 m_ad m_de m_ae))
  (not (sc-transitive3 m_bc m_cd m_bd)) (not (sc-transitive3 m_bc m_ce m_be)) (not (sc-transitive3 m_bd m_de m_be))
  (not (sc-transitive3 m_cd m_de m_ce))))
