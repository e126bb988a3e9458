; id: condorcet-paradox
; family: social-choice
; statement: For every profile of strict rankings of 3 voters over 3 alternatives, the pairwise majority relation is transitive (false: the Condorcet cycle a>b>c, b>c>a, c>a>b).
; source: Marquis de Condorcet, Essai sur l'application de l'analyse a la probabilite des decisions rendues a la pluralite des voix (1785)
; expected: refuted
; prelude: social-choice-orders
; encoding: each voter ranking is three distinct Int ranks; majority is a defined Boolean per ordered pair; the negation asserts a 3-cycle, and the model is a Condorcet cycle.
; r<i>_<x> is the rank (0 = best) voter i gives alternative x; each voter has a strict ranking
(declare-const r1_a Int) (declare-const r1_b Int) (declare-const r1_c Int)
(assert (sc-ranking3 r1_a r1_b r1_c))
(declare-const r2_a Int) (declare-const r2_b Int) (declare-const r2_c Int)
(assert (sc-ranking3 r2_a r2_b r2_c))
(declare-const r3_a Int) (declare-const r3_b Int) (declare-const r3_c Int)
(assert (sc-ranking3 r3_a r3_b r3_c))
; m_xy: a strict majority of the 3 voters ranks x above y
(define-fun m_ab () Bool (sc-maj3 (< r1_a r1_b) (< r2_a r2_b) (< r3_a r3_b)))
(define-fun m_ac () Bool (sc-maj3 (< r1_a r1_c) (< r2_a r2_c) (< r3_a r3_c)))
(define-fun m_ba () Bool (sc-maj3 (< r1_b r1_a) (< r2_b r2_a) (< r3_b r3_a)))
(define-fun m_bc () Bool (sc-maj3 (< r1_b r1_c) (< r2_b r2_c) (< r3_b r3_c)))
(define-fun m_ca () Bool (sc-maj3 (< r1_c r1_a) (< r2_c r2_a) (< r3_c r3_a)))
(define-fun m_cb () Bool (sc-maj3 (< r1_c r1_b) (< r2_c r2_b) (< r3_c r3_b)))
; negation: the majority relation has a cycle
(assert (not (sc-transitive3 m_ab m_bc m_ac)))
