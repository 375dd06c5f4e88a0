"""Import of the order exports sellers download from their Seller Centres.

    reading   a csv or xlsx file as rows of cells (python-calamine for xlsx)
    layouts   what each marketplace's export looks like, from resources/import_layouts/
    values    amounts, dates, quantities and phone numbers as the exports write them
    parsing   rows into orders (items grouped, refused rows with their reasons)
    mappings  column mappings the seller made for any other file, saved per source
    apply     the preview (new, updated, unchanged, refused) and the commit, one
              transaction per file, through the shop's own order, customer and parcel
              functions so everything that reacts to them reacts to an import too

Nothing here imports Qt: the window, the command line and the tests use the same calls.
"""
