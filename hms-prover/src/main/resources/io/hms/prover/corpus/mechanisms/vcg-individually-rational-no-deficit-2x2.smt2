; id: vcg-individually-rational-no-deficit-2x2
; family: mechanisms
; statement: In the Vickrey-Clarke-Groves mechanism with Clarke pivot payments for 2 bidders and 2 items, with arbitrary integer valuations of the 3 non-empty bundles (the empty bundle worth 0), reported truthfully and any welfare-maximising allocation chosen, every bidder pays a non-negative amount (no deficit) and obtains a non-negative utility (individual rationality).
; source: W. Vickrey, Counterspeculation, auctions, and competitive sealed tenders, Journal of Finance 16 (1961); E. Clarke, Multipart pricing of public goods, Public Choice 11 (1971); T. Groves, Incentives in teams, Econometrica 41 (1973); N. Nisan et al., Algorithmic Game Theory (2007), Sec. 9.3
; expected: proved
; prelude: mechanisms-auctions
; encoding: valuations v<i>_<bundle> are integers; the chosen allocation is an integer owner o<t> in 0..2 per item (0 unassigned) whose reported welfare is at least that of each of the 9 allocations; h<i>, the best welfare of the others without bidder i, is the maximum over the allocations giving i nothing; the payment is h<i> minus the others' welfare at the chosen allocation; the negation asserts a negative payment or a negative utility for some bidder.
(declare-const v1_A Int) (declare-const v1_B Int) (declare-const v1_AB Int)
; items A, B; v<i>_<bundle>: bidder i's value for the bundle
(declare-const v2_A Int) (declare-const v2_B Int) (declare-const v2_AB Int)
(declare-const o1 Int) (declare-const o2 Int)
(assert (and (>= o1 0) (<= o1 2) (>= o2 0) (<= o2 2)))
; values at the chosen allocation
(define-fun at1 () Int (ite (and (= o1 1) (= o2 1)) v1_AB (ite (and (not (= o1 1)) (= o2 1)) v1_B (ite (and (= o1 1) (not (= o2 1))) v1_A 0))))
(define-fun at2 () Int (ite (and (= o1 2) (= o2 2)) v2_AB (ite (and (not (= o1 2)) (= o2 2)) v2_B (ite (and (= o1 2) (not (= o2 2))) v2_A 0))))
; the chosen allocation maximises welfare over all allocations
(assert (>= (+ at1 at2) 0))
(assert (>= (+ at1 at2) v1_B))
(assert (>= (+ at1 at2) v2_B))
(assert (>= (+ at1 at2) v1_A))
(assert (>= (+ at1 at2) v1_AB))
(assert (>= (+ at1 at2) (+ v1_A v2_B)))
(assert (>= (+ at1 at2) v2_A))
(assert (>= (+ at1 at2) (+ v1_B v2_A)))
(assert (>= (+ at1 at2) v2_AB))
; h_i = the maximal welfare of the others when bidder i gets nothing
(declare-const h1 Int)
(assert (and (>= h1 0) (>= h1 v2_B) (>= h1 v2_A) (>= h1 v2_AB)))
(assert (or (= h1 0) (= h1 v2_B) (= h1 v2_A) (= h1 v2_AB)))
(declare-const h2 Int)
(assert (and (>= h2 0) (>= h2 v1_B) (>= h2 v1_A) (>= h2 v1_AB)))
(assert (or (= h2 0) (= h2 v1_B) (= h2 v1_A) (= h2 v1_AB)))
; Clarke pivot payments
(define-fun pay1 () Int (- h1 at2))
(define-fun pay2 () Int (- h2 at1))
; (negation) a negative payment or a negative utility
(assert (or (< pay1 0) (< (- at1 pay1) 0) (< pay2 0) (< (- at2 pay2) 0)))
