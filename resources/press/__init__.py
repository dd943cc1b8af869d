"""The press room's views beyond the pages themselves: embargo previews, interview requests, downloads."""
