; id: first-price-truthful-refuted
; family: mechanisms
; statement: In the sealed-bid first-price auction of one item among 3 bidders with non-negative integer values and bids (highest bid wins, ties to the lowest index, the winner pays its bid), bidding one's value is a weakly dominant strategy for bidder 1.
; source: W. Vickrey, Counterspeculation, auctions, and competitive sealed tenders, Journal of Finance 16 (1961); V. Krishna, Auction Theory (2002), Sec. 2.3
; expected: refuted
; prelude: mechanisms-auctions
; encoding: value, bids and the deviation are integers; the negation asserts a deviation of bidder 1 strictly better than bidding its value against some bids of the others, so a model shows the gain from shading the bid.
(declare-const v1 Int) (declare-const d1 Int) (declare-const b2 Int) (declare-const b3 Int)
(assert (and (>= v1 0) (>= d1 0) (>= b2 0) (>= b3 0)))
(assert (> (fpa1 v1 d1 b2 b3) (fpa1 v1 v1 b2 b3)))
