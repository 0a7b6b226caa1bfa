from presseschau.cli import main

raise SystemExit(main())
