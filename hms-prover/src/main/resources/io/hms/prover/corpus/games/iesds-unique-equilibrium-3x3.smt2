; id: iesds-unique-equilibrium-3x3
; family: games
; statement: In the 3x3 game with payoffs (row, column) T: (4,3) (5,1) (6,2); M: (2,1) (8,4) (3,6); B: (3,0) (9,6) (2,8) for columns L, C, R, iterated elimination of strictly dominated strategies (C by R, then M and B by T, then R by L) leaves only (T, L), and accordingly every mixed-strategy Nash equilibrium plays (T, L) with probability one.
; source: D. Bernheim, Rationalizable strategic behavior, Econometrica 52 (1984); R. Gibbons, Game Theory for Applied Economists (1992), Sec. 1.1.B
; expected: proved
; prelude: games-mixed
; encoding: the payoffs are fixed; the mixed strategies p (rows T, M, B) and q (columns L, C, R) are reals; a mixed equilibrium is encoded by its support conditions (every pure strategy played with positive probability is a best reply among the pure strategies); the negation asserts an equilibrium with p_T < 1 or q_L < 1.
(define-fun a11 () Real 4.0) (define-fun a12 () Real 5.0) (define-fun a13 () Real 6.0)
; row player's payoffs a_ij and column player's payoffs b_ij, i in (T, M, B), j in (L, C, R)
(define-fun a21 () Real 2.0) (define-fun a22 () Real 8.0) (define-fun a23 () Real 3.0)
(define-fun a31 () Real 3.0) (define-fun a32 () Real 9.0) (define-fun a33 () Real 2.0)
(define-fun b11 () Real 3.0) (define-fun b12 () Real 1.0) (define-fun b13 () Real 2.0)
(define-fun b21 () Real 1.0) (define-fun b22 () Real 4.0) (define-fun b23 () Real 6.0)
(define-fun b31 () Real 0.0) (define-fun b32 () Real 6.0) (define-fun b33 () Real 8.0)
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real)
(declare-const q1 Real) (declare-const q2 Real) (declare-const q3 Real)
(assert (dist3 p1 p2 p3))
(assert (dist3 q1 q2 q3))
; expected payoffs of the pure strategies against the opponent's mixture
(define-fun r1 () Real (ev3 q1 q2 q3 a11 a12 a13))
(define-fun r2 () Real (ev3 q1 q2 q3 a21 a22 a23))
(define-fun r3 () Real (ev3 q1 q2 q3 a31 a32 a33))
(define-fun c1 () Real (ev3 p1 p2 p3 b11 b21 b31))
(define-fun c2 () Real (ev3 p1 p2 p3 b12 b22 b32))
(define-fun c3 () Real (ev3 p1 p2 p3 b13 b23 b33))
; (p, q) is a mixed Nash equilibrium
(assert (=> (> p1 0.0) (and (>= r1 r2) (>= r1 r3))))
(assert (=> (> p2 0.0) (and (>= r2 r1) (>= r2 r3))))
(assert (=> (> p3 0.0) (and (>= r3 r1) (>= r3 r2))))
(assert (=> (> q1 0.0) (and (>= c1 c2) (>= c1 c3))))
(assert (=> (> q2 0.0) (and (>= c2 c1) (>= c2 c3))))
(assert (=> (> q3 0.0) (and (>= c3 c1) (>= c3 c2))))
; (negation) the equilibrium is not the pure profile (T, L)
(assert (or (< p1 1.0) (< q1 1.0)))
