import Emulation
