; id: black-median-voter-3voters-4alt
; family: social-choice
; statement: If 3 voters have strict rankings over 4 alternatives that are single-peaked with respect to a common left-right order, a Condorcet winner (an alternative beating every other by majority) exists.
; source: D. Black, On the rationale of group decision-making, Journal of Political Economy 56 (1948)
; expected: proved
; prelude: social-choice-orders
; encoding: Int ranks per voter and alternative; single-peakedness as "the middle of any three is never worst"; the negation asserts every alternative is beaten by a majority.
; Alternatives a, b, c, d lie on a line in that order. r<i>_<x> is the rank (0 = best) voter i
; gives alternative x; each voter has a strict ranking
(declare-const r1_a Int) (declare-const r1_b Int) (declare-const r1_c Int) (declare-const r1_d Int)
(assert (sc-ranking4 r1_a r1_b r1_c r1_d))
(declare-const r2_a Int) (declare-const r2_b Int) (declare-const r2_c Int) (declare-const r2_d Int)
(assert (sc-ranking4 r2_a r2_b r2_c r2_d))
(declare-const r3_a Int) (declare-const r3_b Int) (declare-const r3_c Int) (declare-const r3_d Int)
(assert (sc-ranking4 r3_a r3_b r3_c r3_d))
; single-peakedness: for any three alternatives on the line, no voter ranks the middle one worst
(assert (and (sc-middle-not-worst r1_a r1_b r1_c) (sc-middle-not-worst r1_a r1_b r1_d) (sc-middle-not-worst r1_a r1_c r1_d) (sc-middle-not-worst r1_b r1_c r1_d)))
(assert (and (sc-middle-not-worst r2_a r2_b r2_c) (sc-middle-not-worst r2_a r2_b r2_d) (sc-middle-not-worst r2_a r2_c r2_d) (sc-middle-not-worst r2_b r2_c r2_d)))
(assert (and (sc-middle-not-worst r3_a r3_b r3_c) (sc-middle-not-worst r3_a r3_b r3_d) (sc-middle-not-worst r3_a r3_c r3_d) (sc-middle-not-worst r3_b r3_c r3_d)))
; m_xy: a strict majority of the 3 voters ranks x above y
(define-fun m_ab () Bool (sc-maj3 (< r1_a r1_b) (< r2_a r2_b) (< r3_a r3_b)))
(define-fun m_ac () Bool (sc-maj3 (< r1_a r1_c) (< r2_a r2_c) (< r3_a r3_c)))
(define-fun m_ad () Bool (sc-maj3 (< r1_a r1_d) (< r2_a r2_d) (< r3_a r3_d)))
(define-fun m_ba () Bool (sc-maj3 (< r1_b r1_a) (< r2_b r2_a) (< r3_b r3_a)))
(define-fun m_bc () Bool (sc-maj3 (< r1_b r1_c) (< r2_b r2_c) (< r3_b r3_c)))
(define-fun m_bd () Bool (sc-maj3 (< r1_b r1_d) (< r2_b r2_d) (< r3_b r3_d)))
(define-fun m_ca () Bool (sc-maj3 (< r1_c r1_a) (< r2_c r2_a) (< r3_c r3_a)))
(define-fun m_cb () Bool (sc-maj3 (< r1_c r1_b) (< r2_c r2_b) (< r3_c r3_b)))
(define-fun m_cd () Bool (sc-maj3 (< r1_c r1_d) (< r2_c r2_d) (< r3_c r3_d)))
(define-fun m_da () Bool (sc-maj3 (< r1_d r1_a) (< r2_d r2_a) (< r3_d r3_a)))
(define-fun m_db () Bool (sc-maj3 (< r1_d r1_b) (< r2_d r2_b) (< r3_d r3_b)))
(define-fun m_dc () Bool (sc-maj3 (< r1_d r1_c) (< r2_d r2_c) (< r3_d r3_c)))
; negation: no Condorcet winner, i.e. every alternative is beaten by some other by a majority
(assert (or m_ba m_ca m_da))
(assert (or m_ab m_cb m_db))
(assert (or m_ac m_bc m_dc))
(assert (or m_ad m_bd m_cd))
