extension Theme {
    /// themes/default.theme, byte for byte (ThemeTests checks it): edit the file, then paste it here. The
    /// empty line before the closing quotes keeps the file's final newline.
    static let builtInDefaultText = #"""
# thidua theme: default - light text on a dark terminal background.
#
# Format: three sections, [256] for 256-colour terminals, [8] for 8-colour ones and [mono]
# for none (or NO_COLOR); each must define every role below, one line per role:
#
#   role = fg:COLOUR bg:COLOUR bold underline reverse   any of these words, in any order;
#                                                       a missing fg:/bg: is the terminal's own
#   role = plain                                        the terminal's own colours, no attributes
#   role = same-as OTHERROLE                            as another role of the same section
#
# COLOUR is `default` (the terminal's own), a number (0-255 in [256], 0-7 in [8]) or a name:
# black red green yellow blue magenta cyan white (0-7), and in [256] also bright-black ...
# bright-white (8-15). [mono] takes only bold, underline and reverse. `#` starts a comment.
#
# Roles: normal title header border muted accent selected focusedCell editing footer
# footerKey statusInfo statusError scoreMissing flagged tied ineligible excellent dialog
# dialogTitle searchMatch barCriterion1 barCriterion2 barCriterion3. The bars of a stacked
# chart set fg and bg alike, so a bar shows whether it is drawn with blocks or spaces.
#
# Your own themes: NAME.theme in $XDG_CONFIG_HOME/thidua/themes/ (~/.config/thidua/themes/)
# comes before a shipped theme of the same name.

[256]
normal        = plain
title         = fg:231 bg:236 bold      # white on dark grey, like the footer
header        = fg:153 bold             # pale blue
border        = fg:240                  # grey
muted         = fg:245                  # light grey
accent        = fg:81                   # cyan
selected      = fg:231 bg:24            # white on deep blue
focusedCell   = fg:16 bg:214 bold       # black on orange
editing       = fg:16 bg:231 underline  # black on white, like an input field
footer        = fg:250 bg:236           # light grey on dark grey
footerKey     = fg:222 bg:236 bold      # gold on dark grey
statusInfo    = fg:117                  # sky blue
statusError   = fg:231 bg:160 bold      # white on red
scoreMissing  = fg:240                  # dim grey
flagged       = fg:220 bold             # yellow
tied          = fg:213                  # pink
ineligible    = fg:138                  # dusty rose: muted, but not the grey of missing scores
excellent     = fg:114 bold             # green
dialog        = fg:254 bg:237           # light on dark grey
dialogTitle   = fg:231 bg:24 bold       # white on deep blue
searchMatch   = fg:16 bg:228            # black on highlighter yellow
barCriterion1 = fg:74 bg:74             # sky blue
barCriterion2 = fg:214 bg:214           # orange
barCriterion3 = fg:175 bg:175           # reddish purple: told apart by colour-blind eyes too

[8]
normal        = plain
title         = fg:white bg:blue bold
header        = fg:cyan bold
border        = fg:blue
muted         = fg:blue
accent        = fg:cyan
selected      = fg:black bg:cyan
focusedCell   = fg:black bg:yellow bold
editing       = fg:black bg:white underline
footer        = fg:black bg:white
footerKey     = fg:blue bg:white bold
statusInfo    = fg:cyan
statusError   = fg:white bg:red bold
scoreMissing  = same-as muted
flagged       = fg:yellow bold
tied          = fg:magenta
ineligible    = same-as muted  # few colours: muted like the rest
excellent     = fg:green bold
dialog        = fg:black bg:white
dialogTitle   = same-as title
searchMatch   = fg:black bg:green
barCriterion1 = fg:blue bg:blue
barCriterion2 = fg:yellow bg:yellow
barCriterion3 = fg:magenta bg:magenta

[mono]
normal        = plain
title         = reverse bold
header        = bold underline
border        = plain
muted         = plain
accent        = bold
selected      = reverse
focusedCell   = bold underline     # not reversed: a hole in the reversed row
editing       = underline          # a hole in the row, with the cursor in it
footer        = reverse
footerKey     = bold               # a hole in the reversed footer
statusInfo    = plain
statusError   = reverse bold
scoreMissing  = plain
flagged       = bold
tied          = underline
ineligible    = plain
excellent     = bold
dialog        = plain
dialogTitle   = reverse bold
searchMatch   = reverse underline
barCriterion1 = reverse            # solid
barCriterion2 = reverse underline  # solid with a line
barCriterion3 = underline          # a line only

"""#
}
