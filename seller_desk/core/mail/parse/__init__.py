"""Raw mail -> parsed message: MIME, headers, HTML safety, automatic-mail classification."""
