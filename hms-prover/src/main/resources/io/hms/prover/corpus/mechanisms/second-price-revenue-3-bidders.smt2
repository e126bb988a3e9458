; id: second-price-revenue-3-bidders
; family: mechanisms
; statement: In the sealed-bid second-price auction of one item among 3 bidders bidding their non-negative integer values truthfully (ties to the lowest index), the seller's revenue equals the second-highest value, i.e. the number s such that at least two values are >= s and at most one value is > s.
; source: W. Vickrey, Counterspeculation, auctions, and competitive sealed tenders, Journal of Finance 16 (1961); V. Krishna, Auction Theory (2002), Sec. 2.2
; expected: proved
; prelude: mechanisms-auctions
; encoding: values are integers; the revenue is the price paid by whichever bidder wins; the second-highest value s is characterised by counting, independently of the auction rules; the negation asserts revenue different from s.
(declare-const v1 Int) (declare-const v2 Int) (declare-const v3 Int) (declare-const s Int)
(assert (and (>= v1 0) (>= v2 0) (>= v3 0)))
(define-fun one ((c Bool)) Int (ite c 1 0))
(assert (>= (+ (one (>= v1 s)) (one (>= v2 s)) (one (>= v3 s))) 2))
(assert (<= (+ (one (> v1 s)) (one (> v2 s)) (one (> v3 s))) 1))
(define-fun revenue () Int
  (ite (win1 v1 v2 v3) (top2 v2 v3) (ite (win2 v1 v2 v3) (top2 v1 v3) (top2 v1 v2))))
(assert (not (= revenue s)))
