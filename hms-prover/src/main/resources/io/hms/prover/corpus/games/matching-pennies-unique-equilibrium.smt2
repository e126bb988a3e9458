; id: matching-pennies-unique-equilibrium
; family: games
; statement: Matching pennies (the row player wins 1 from the column player when the pennies match and loses 1 otherwise) has exactly one Nash equilibrium, in which both players mix 1/2-1/2.
; source: J. von Neumann & O. Morgenstern, Theory of Games and Economic Behavior (1944); D. Fudenberg & J. Tirole, Game Theory (1991), Ch. 1
; expected: proved
; prelude: games-mixed
; encoding: the payoffs are fixed; the mixed strategies (p1, p2) and (q1, q2) are reals; a mixed equilibrium is encoded by its support conditions; the negation asserts an equilibrium other than the uniform one.
(define-fun a11 () Real 1.0) (define-fun a12 () Real (- 1.0))
(define-fun a21 () Real (- 1.0)) (define-fun a22 () Real 1.0)
(declare-const p1 Real) (declare-const p2 Real) (declare-const q1 Real) (declare-const q2 Real)
(assert (dist2 p1 p2))
(assert (dist2 q1 q2))
; the row player receives a_ij, the column player -a_ij
(define-fun r1 () Real (ev2 q1 q2 a11 a12))
(define-fun r2 () Real (ev2 q1 q2 a21 a22))
(define-fun c1 () Real (- (ev2 p1 p2 a11 a21)))
(define-fun c2 () Real (- (ev2 p1 p2 a12 a22)))
(assert (=> (> p1 0.0) (>= r1 r2)))
(assert (=> (> p2 0.0) (>= r2 r1)))
(assert (=> (> q1 0.0) (>= c1 c2)))
(assert (=> (> q2 0.0) (>= c2 c1)))
; (negation) some equilibrium strategy is not the uniform mixture
(assert (or (not (= p1 0.5)) (not (= q1 0.5))))
