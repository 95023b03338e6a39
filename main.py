"""Start Kodierwerk: ``python main.py [PROJECT.qda]`` (the same as ``qda-app``)."""

import sys

from qda_app.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
