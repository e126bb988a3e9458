; id: minimax-rock-paper-scissors
; family: games
; statement: The value of rock-paper-scissors (zero-sum, win 1, lose -1, tie 0) is 0, and the uniform mixture (1/3, 1/3, 1/3) is the only mixed strategy guaranteeing the row player an expected payoff of at least 0 against every pure strategy of the column player.
; source: J. von Neumann, Zur Theorie der Gesellschaftsspiele, Mathematische Annalen 100 (1928); M. Osborne & A. Rubinstein, A Course in Game Theory (1994), Sec. 2.5
; expected: proved
; prelude: games-mixed
; encoding: the payoff matrix is fixed; mixed strategies p (row) and q (column) are reals; the negation asserts a row mixture guaranteeing some g > 0, or a column mixture holding the row player below 0, or a row mixture other than the uniform one guaranteeing at least 0.
(define-fun a11 () Real 0.0) (define-fun a12 () Real (- 1.0)) (define-fun a13 () Real 1.0)
; a_ij = row's payoff when row plays i and column plays j (1 rock, 2 paper, 3 scissors)
(define-fun a21 () Real 1.0) (define-fun a22 () Real 0.0) (define-fun a23 () Real (- 1.0))
(define-fun a31 () Real (- 1.0)) (define-fun a32 () Real 1.0) (define-fun a33 () Real 0.0)
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real)
(declare-const q1 Real) (declare-const q2 Real) (declare-const q3 Real)
(assert (dist3 p1 p2 p3))
(assert (dist3 q1 q2 q3))
; guaranteed payoff of p: its minimum over the column's pure strategies is at least g
(define-fun guarantees ((g Real)) Bool
  (and (>= (ev3 p1 p2 p3 a11 a21 a31) g) (>= (ev3 p1 p2 p3 a12 a22 a32) g) (>= (ev3 p1 p2 p3 a13 a23 a33) g)))
; q holds every pure row strategy below h
(define-fun holds-below ((h Real)) Bool
  (and (< (ev3 q1 q2 q3 a11 a12 a13) h) (< (ev3 q1 q2 q3 a21 a22 a23) h) (< (ev3 q1 q2 q3 a31 a32 a33) h)))
; (negation) a guarantee g > 0 for the row player, a column mixture holding the row player below 0, or a second maxmin strategy
(declare-const g Real)
(assert (or (and (> g 0.0) (guarantees g))
            (holds-below 0.0)
            (and (guarantees 0.0) (not (and (= p1 (/ 1.0 3.0)) (= p2 (/ 1.0 3.0)) (= p3 (/ 1.0 3.0)))))))
