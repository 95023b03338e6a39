"""Analysis windows beside the workbench: the code matrix and intercoder agreement."""
