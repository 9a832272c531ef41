import TerminalUI

/// Splits what follows an ESC that ncurses could not match into one whole sequence, by the
/// ECMA-48 grammar rather than by a list, so a sequence thidua has never heard of (bracketed
/// paste, a mouse report, a focus event, Ctrl-F1) is swallowed whole instead of becoming
/// keys. Pure: the backend feeds it what it has read, and reads more while it asks for more.
enum EscapeSequenceParser {
    /// One sequence at the start of the input: `length` scalars, ESC included. `key` is nil
    /// when the sequence means nothing here and is dropped.
    struct Parsed: Equatable {
        var key: Key?
        var length: Int
    }

    /// Longer CSI or string sequences are not keys; swallow what came and stop waiting.
    static let maximumLength = 256

    /// `input` starts with ESC. nil means the sequence is not finished yet: read more and ask
    /// again. `atEnd` says nothing more is coming soon; an unfinished sequence is then
    /// swallowed as far as it got.
    static func parse(_ input: [UInt32], atEnd: Bool) -> Parsed? {
        guard input.first == 0x1B else { return nil }
        guard input.count > 1 else { return atEnd ? Parsed(key: .escape, length: 1) : nil }
        let parsed: Parsed?
        switch input[1] {
        case 0x5B: parsed = controlSequence(input, atEnd: atEnd)                       // ESC [  CSI
        case 0x4F: parsed = singleShift(input, atEnd: atEnd)                            // ESC O  SS3
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58: parsed = controlString(input, atEnd: atEnd)  // OSC DCS APC PM SOS
        case 0x1B: parsed = metaPrefixed(input, atEnd: atEnd)
        // Anything else is Esc itself; what follows (Alt-x sends ESC x) is a key of its own.
        default: parsed = Parsed(key: .escape, length: 1)
        }
        if parsed == nil && input.count >= maximumLength { return Parsed(key: nil, length: input.count) }
        return parsed
    }

    /// What is left when the sequence stops before its end: swallowed, or a request for more.
    private static func unfinished(_ input: [UInt32], atEnd: Bool) -> Parsed? {
        atEnd ? Parsed(key: nil, length: input.count) : nil
    }

    /// `ESC [`, parameters 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
    private static func controlSequence(_ input: [UInt32], atEnd: Bool) -> Parsed? {
        guard input.count > 2 else { return unfinished(input, atEnd: atEnd) }
        switch input[2] {
        // The Linux console's F1–F5: `ESC [ [ A` … `ESC [ [ E`.
        case 0x5B:
            guard input.count > 3 else { return unfinished(input, atEnd: atEnd) }
            guard (0x40...0x7E).contains(input[3]) else { return Parsed(key: nil, length: 3) }
            return Parsed(key: EscapeSequences.key(for: Array(input[0..<4])), length: 4)
        // An X10 mouse report: `ESC [ M` and three bytes of button and position, which may be
        // anything (they are not CSI bytes); thidua never asks for the mouse, but a program
        // that died with tracking on leaves the terminal sending them.
        case 0x4D:
            guard input.count >= 6 else { return unfinished(input, atEnd: atEnd) }
            return Parsed(key: nil, length: 6)
        default: break
        }
        var sawIntermediate = false
        for index in 2..<input.count {
            let byte = input[index]
            switch byte {
            case 0x30...0x3F where !sawIntermediate: continue
            // rxvt ends shifted keys with "$" (`ESC [7$` is Shift-Home), which ECMA-48 reads
            // as an intermediate; after bare digits it is rxvt's final byte.
            case 0x24 where index > 2 && input[2..<index].allSatisfy({ (0x30...0x39).contains($0) }):
                return Parsed(key: EscapeSequences.key(for: Array(input[0...index])), length: index + 1)
            case 0x20...0x2F:
                sawIntermediate = true
                continue
            case 0x40...0x7E:
                return Parsed(key: EscapeSequences.key(for: Array(input[0...index])), length: index + 1)
            // Not CSI grammar (a control, ESC, a letter beyond ASCII): the sequence was cut
            // short; drop what came, and this byte is the next key.
            default:
                return Parsed(key: nil, length: index)
            }
        }
        return unfinished(input, atEnd: atEnd)
    }

    /// `ESC O` and one final byte (xterm's PF1 `ESC O P`, the keypad's `ESC O p`). Old xterms put
    /// a modifier between (`ESC O 5 H`), so parameter bytes are allowed first.
    private static func singleShift(_ input: [UInt32], atEnd: Bool) -> Parsed? {
        for index in 2..<max(2, input.count) {
            switch input[index] {
            case 0x30...0x3F: continue
            case 0x40...0x7E:
                return Parsed(key: EscapeSequences.key(for: Array(input[0...index])), length: index + 1)
            default: return Parsed(key: nil, length: index)
            }
        }
        return unfinished(input, atEnd: atEnd)
    }

    /// OSC, DCS, APC, PM and SOS carry text up to BEL or ST (`ESC \`). Terminals send them only
    /// as replies to queries, which thidua never makes; one left over from another program is
    /// dropped whole.
    private static func controlString(_ input: [UInt32], atEnd: Bool) -> Parsed? {
        var index = 2
        while index < input.count {
            switch input[index] {
            case 0x07, 0x9C: return Parsed(key: nil, length: index + 1)
            case 0x1B:
                guard index + 1 < input.count else { return unfinished(input, atEnd: atEnd) }
                // ESC \ ends the string; any other ESC starts something new.
                return Parsed(key: nil, length: input[index + 1] == 0x5C ? index + 2 : index)
            default: index += 1
            }
        }
        return unfinished(input, atEnd: atEnd)
    }

    /// ESC before a sequence is how rxvt and PuTTY send Alt with a key (`ESC ESC [4~` is
    /// Alt-End). `Key` has no modifiers, so it means the key; before anything else the first
    /// ESC is Esc, and the second starts what comes next.
    private static func metaPrefixed(_ input: [UInt32], atEnd: Bool) -> Parsed? {
        guard let inner = parse(Array(input.dropFirst()), atEnd: atEnd) else { return nil }
        if inner.length == 1 { return Parsed(key: .escape, length: 1) }
        return Parsed(key: inner.key, length: inner.length + 1)
    }
}
