from globalsell.cli.main import main

main()
