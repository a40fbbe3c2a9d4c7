import sys

from medlink.cli import main

sys.exit(main())
