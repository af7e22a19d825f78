"""The cache: what earlier runs read, analysed and found, kept so that the next run does
only the work its changes call for. Rules and text analysis never see it: the engine
asks here first, and hands them inputs."""
