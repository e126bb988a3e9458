; id: vcg-truthful-2x2
; family: mechanisms
; statement: In the Vickrey-Clarke-Groves mechanism with Clarke pivot payments for 2 bidders and 2 items, with arbitrary integer valuations of the 3 non-empty bundles (the empty bundle worth 0) and any welfare-maximising allocation chosen for the reports, no misreport of bidder 1 (by symmetry any bidder) gives it a higher utility than truthful reporting when the others report truthfully.
; source: W. Vickrey, Counterspeculation, auctions, and competitive sealed tenders, Journal of Finance 16 (1961); E. Clarke, Multipart pricing of public goods, Public Choice 11 (1971); T. Groves, Incentives in teams, Econometrica 41 (1973); N. Nisan et al., Algorithmic Game Theory (2007), Sec. 9.3
; expected: proved
; prelude: mechanisms-auctions
; encoding: true valuations v<i>_<bundle> and bidder 1's report r1_<bundle> are integers; an allocation is an integer owner per item in 0..2 (0 unassigned); o<t> is welfare-maximising for the true valuations, m<t> for the reports, each checked against all 9 allocations; h1 is the others' best welfare without bidder 1; the negation asserts that bidder 1's true utility under the reports exceeds its utility when truthful.
(declare-const v1_A Int) (declare-const v1_B Int) (declare-const v1_AB Int)
; items A, B; v<i>_<bundle>: bidder i's value for the bundle
(declare-const v2_A Int) (declare-const v2_B Int) (declare-const v2_AB Int)
(declare-const r1_A Int) (declare-const r1_B Int) (declare-const r1_AB Int)
(declare-const o1 Int) (declare-const o2 Int)
(declare-const m1 Int) (declare-const m2 Int)
(assert (and (>= o1 0) (<= o1 2) (>= o2 0) (<= o2 2)))
(assert (and (>= m1 0) (<= m1 2) (>= m2 0) (<= m2 2)))
; values at the chosen allocation
(define-fun at1 () Int (ite (and (= o1 1) (= o2 1)) v1_AB (ite (and (not (= o1 1)) (= o2 1)) v1_B (ite (and (= o1 1) (not (= o2 1))) v1_A 0))))
(define-fun at2 () Int (ite (and (= o1 2) (= o2 2)) v2_AB (ite (and (not (= o1 2)) (= o2 2)) v2_B (ite (and (= o1 2) (not (= o2 2))) v2_A 0))))
; values at the allocation chosen for the reports: report of bidder 1, true values of all
(define-fun rep1 () Int (ite (and (= m1 1) (= m2 1)) r1_AB (ite (and (not (= m1 1)) (= m2 1)) r1_B (ite (and (= m1 1) (not (= m2 1))) r1_A 0))))
(define-fun mt1 () Int (ite (and (= m1 1) (= m2 1)) v1_AB (ite (and (not (= m1 1)) (= m2 1)) v1_B (ite (and (= m1 1) (not (= m2 1))) v1_A 0))))
(define-fun mt2 () Int (ite (and (= m1 2) (= m2 2)) v2_AB (ite (and (not (= m1 2)) (= m2 2)) v2_B (ite (and (= m1 2) (not (= m2 2))) v2_A 0))))
; o maximises true welfare; m maximises reported welfare (bidder 1 reports r1)
(assert (and (>= (+ at1 at2) 0) (>= (+ rep1 mt2) 0)))
(assert (and (>= (+ at1 at2) v1_B) (>= (+ rep1 mt2) r1_B)))
(assert (and (>= (+ at1 at2) v2_B) (>= (+ rep1 mt2) v2_B)))
(assert (and (>= (+ at1 at2) v1_A) (>= (+ rep1 mt2) r1_A)))
(assert (and (>= (+ at1 at2) v1_AB) (>= (+ rep1 mt2) r1_AB)))
(assert (and (>= (+ at1 at2) (+ v1_A v2_B)) (>= (+ rep1 mt2) (+ r1_A v2_B))))
(assert (and (>= (+ at1 at2) v2_A) (>= (+ rep1 mt2) v2_A)))
(assert (and (>= (+ at1 at2) (+ v1_B v2_A)) (>= (+ rep1 mt2) (+ r1_B v2_A))))
(assert (and (>= (+ at1 at2) v2_AB) (>= (+ rep1 mt2) v2_AB)))
; h1 = the maximal welfare of the others when bidder 1 gets nothing
(declare-const h1 Int)
(assert (and (>= h1 0) (>= h1 v2_B) (>= h1 v2_A) (>= h1 v2_AB)))
(assert (or (= h1 0) (= h1 v2_B) (= h1 v2_A) (= h1 v2_AB)))
; (negation) misreporting beats truth-telling (utility = true value minus Clarke payment)
(assert (> (- mt1 (- h1 mt2)) (- at1 (- h1 at2))))
