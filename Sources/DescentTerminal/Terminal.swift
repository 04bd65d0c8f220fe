import CEditline
import CNcursesw
import DescentUI
