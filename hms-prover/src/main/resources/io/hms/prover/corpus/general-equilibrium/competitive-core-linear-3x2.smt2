; id: competitive-core-linear-3x2
; family: general-equilibrium
; statement: In an exchange economy of 3 agents and 2 goods with linear utilities u_i(x) = a_i1 x_1 + a_i2 x_2 (a_ij >= 0, not all zero for an agent), every competitive equilibrium allocation at positive prices lies in the core: no coalition of agents can reallocate its own endowments so that each member is at least as well off and one member strictly better off.
; source: G. Debreu & H. Scarf, A limit theorem on the core of an economy, International Economic Review 4 (1963); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Sec. 18.B
; tier: full
; expected: proved
; prelude: exchange-economy
; encoding: utility coefficients, endowments, prices and bundles are reals; utility maximisation is encoded by its exact linear-programming optimality conditions (multiplier l_i >= 0, a_ij <= l_i p_j, complementary slackness); the blocking coalition is a Boolean membership vector s_i; the negation asserts a non-empty coalition and an allocation y of its members, feasible from their own endowments, that makes every member at least as well off and one strictly better off.
(declare-const p1 Real) (declare-const p2 Real)
; a_ij = marginal utilities; e_ij = endowments; x_ij = equilibrium bundles; s_i = membership of agent i in the blocking coalition; y_ij = the coalition's reallocation
(declare-const a11 Real) (declare-const a12 Real) (declare-const a21 Real) (declare-const a22 Real) (declare-const a31 Real) (declare-const a32 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e21 Real) (declare-const e22 Real) (declare-const e31 Real) (declare-const e32 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x21 Real) (declare-const x22 Real) (declare-const x31 Real) (declare-const x32 Real)
(declare-const y11 Real) (declare-const y12 Real) (declare-const y21 Real) (declare-const y22 Real) (declare-const y31 Real) (declare-const y32 Real)
(declare-const l1 Real) (declare-const l2 Real) (declare-const l3 Real)
(declare-const s1 Bool) (declare-const s2 Bool) (declare-const s3 Bool)
; the economy: positive prices, non-negative endowments, locally non-satiated linear utilities
(assert (and (> p1 0.0) (> p2 0.0)))
(assert (and (>= e11 0.0) (>= e12 0.0) (>= e21 0.0) (>= e22 0.0) (>= e31 0.0) (>= e32 0.0)))
(assert (and (>= a11 0.0) (>= a12 0.0) (>= a21 0.0) (>= a22 0.0) (>= a31 0.0) (>= a32 0.0)))
(assert (and (> (+ a11 a12) 0.0) (> (+ a21 a22) 0.0) (> (+ a31 a32) 0.0)))
; each agent maximises its utility over its budget set: primal feasibility, dual feasibility, complementary slackness
(assert (and (>= x11 0.0) (>= x12 0.0) (<= (value2 p1 p2 x11 x12) (value2 p1 p2 e11 e12))))
(assert (and (>= l1 0.0) (<= a11 (* l1 p1)) (<= a12 (* l1 p2))))
(assert (and (= (* x11 (- (* l1 p1) a11)) 0.0) (= (* x12 (- (* l1 p2) a12)) 0.0)))
(assert (= (* l1 (- (value2 p1 p2 e11 e12) (value2 p1 p2 x11 x12))) 0.0))
(assert (and (>= x21 0.0) (>= x22 0.0) (<= (value2 p1 p2 x21 x22) (value2 p1 p2 e21 e22))))
(assert (and (>= l2 0.0) (<= a21 (* l2 p1)) (<= a22 (* l2 p2))))
(assert (and (= (* x21 (- (* l2 p1) a21)) 0.0) (= (* x22 (- (* l2 p2) a22)) 0.0)))
(assert (= (* l2 (- (value2 p1 p2 e21 e22) (value2 p1 p2 x21 x22))) 0.0))
(assert (and (>= x31 0.0) (>= x32 0.0) (<= (value2 p1 p2 x31 x32) (value2 p1 p2 e31 e32))))
(assert (and (>= l3 0.0) (<= a31 (* l3 p1)) (<= a32 (* l3 p2))))
(assert (and (= (* x31 (- (* l3 p1) a31)) 0.0) (= (* x32 (- (* l3 p2) a32)) 0.0)))
(assert (= (* l3 (- (value2 p1 p2 e31 e32) (value2 p1 p2 x31 x32))) 0.0))
; markets clear
(assert (and (= (+ x11 x21 x31) (+ e11 e21 e31)) (= (+ x12 x22 x32) (+ e12 e22 e32))))
; (negation) the coalition {i : s_i} blocks x with the allocation y of its own endowments
(assert (or s1 s2 s3))
(assert (and (>= y11 0.0) (>= y12 0.0) (>= y21 0.0) (>= y22 0.0) (>= y31 0.0) (>= y32 0.0)))
(assert (<= (+ (ite s1 y11 0.0) (ite s2 y21 0.0) (ite s3 y31 0.0)) (+ (ite s1 e11 0.0) (ite s2 e21 0.0) (ite s3 e31 0.0))))
(assert (<= (+ (ite s1 y12 0.0) (ite s2 y22 0.0) (ite s3 y32 0.0)) (+ (ite s1 e12 0.0) (ite s2 e22 0.0) (ite s3 e32 0.0))))
(assert (=> s1 (>= (value2 a11 a12 y11 y12) (value2 a11 a12 x11 x12))))
(assert (=> s2 (>= (value2 a21 a22 y21 y22) (value2 a21 a22 x21 x22))))
(assert (=> s3 (>= (value2 a31 a32 y31 y32) (value2 a31 a32 x31 x32))))
(assert (or (and s1 (> (value2 a11 a12 y11 y12) (value2 a11 a12 x11 x12)))
            (and s2 (> (value2 a21 a22 y21 y22) (value2 a21 a22 x21 x22)))
            (and s3 (> (value2 a31 a32 y31 y32) (value2 a31 a32 x31 x32)))))
