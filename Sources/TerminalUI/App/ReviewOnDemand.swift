import Emulation
import Synchronization

/// The loaded year's review, worked out the first time it is read rather than with every
/// load: the first screen of a province's grid at 80 columns shows no figure of it, and at
/// 10,000 units it is a fifth of that screen's time. The run loop reads it right after the first
/// frame, while the clerk reads the screen (`AppShared.workOutReview`). Copies of the state
/// share one; whatever changes the year makes a new one.
final class ReviewOnDemand: Sendable {
    private let state: Mutex<(year: YearSnapshot?, review: Review?)>

    /// To be worked out from `year` when read (none without a year).
    init(year: YearSnapshot?) {
        state = Mutex((year, nil))
    }

    /// Already worked out.
    init(review: Review) {
        state = Mutex((nil, review))
    }

    /// The review, worked out now if it was not yet. The year is let go once it is: held, it
    /// would make the state's next change of a score copy all the year's scores.
    var review: Review? {
        state.withLock { state in
            if state.review == nil, let year = state.year {
                state.review = year.review()
                state.year = nil
            }
            return state.review
        }
    }

    /// The review if it was worked out; nil if not (nothing is worked out here).
    var workedOut: Review? {
        state.withLock { $0.review }
    }
}
