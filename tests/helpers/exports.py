"""Marketplace order exports written the way the Seller Centres write them, for the import
tests and the import benchmark: xlsx with openpyxl, csv with the csv module.

Each ``*_rows`` function takes orders as dicts (number, status, items, buyer ...) and gives
the header row and one row per item, in that export's column names and language.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Row = list[Any]

SHOPEE_HEADERS = {
    "en": {"number": "Order ID", "status": "Order Status", "tracking": "Tracking Number*",
           "courier": "Shipping Option", "placed": "Order Creation Date",
           "paid": "Order Paid Time", "title": "Product Name", "variation": "Variation Name",
           "sku": "SKU Reference No.", "price": "Deal Price", "qty": "Quantity",
           "buyer": "Username (Buyer)", "name": "Receiver Name", "phone": "Phone Number",
           "address": "Delivery Address", "country": "Country",
           "fee": "Buyer Paid Shipping Fee", "total": "Grand Total"},
    "id": {"number": "No. Pesanan", "status": "Status Pesanan", "tracking": "No. Resi",
           "courier": "Opsi Pengiriman", "placed": "Waktu Pesanan Dibuat",
           "paid": "Waktu Pembayaran Dilakukan", "title": "Nama Produk",
           "variation": "Nama Variasi", "sku": "Nomor Referensi SKU",
           "price": "Harga Setelah Diskon", "qty": "Jumlah", "buyer": "Username (Pembeli)",
           "name": "Nama Penerima", "phone": "No. Telepon", "address": "Alamat Pengiriman",
           "country": "Negara", "fee": "Ongkos Kirim Dibayar oleh Pembeli",
           "total": "Total Pembayaran"},
}


def shopee_rows(orders: Iterable[dict[str, Any]], language: str = "en") -> list[Row]:
    names = SHOPEE_HEADERS[language]
    keys = list(names)
    rows: list[Row] = [[names[k] for k in keys]]
    for o in orders:
        for title, sku, qty, price in o["items"]:
            values = {"number": o["number"], "status": o.get("status", "Completed"),
                      "tracking": o.get("tracking", ""), "courier": o.get("courier", ""),
                      "placed": o.get("placed", "2026-11-03 14:22"), "paid": o.get("paid", ""),
                      "title": title, "variation": o.get("variation", ""), "sku": sku,
                      "price": price, "qty": qty, "buyer": o.get("buyer", ""),
                      "name": o.get("name", ""), "phone": o.get("phone", ""),
                      "address": o.get("address", ""), "country": o.get("country", ""),
                      "fee": o.get("fee", 0), "total": o.get("total", "")}
            rows.append([values[k] for k in keys])
    return rows


LAZADA_KEYS = ["orderItemId", "orderNumber", "createTime", "sellerSku", "itemName",
               "variation", "paidPrice", "shippingFee", "customerName", "shippingName",
               "shippingPhone", "shippingAddress", "shippingCity", "shippingPostCode",
               "shippingCountry", "payMethod", "shippingProvider", "trackingCode", "status"]


def lazada_rows(orders: Iterable[dict[str, Any]]) -> list[Row]:
    rows: list[Row] = [list(LAZADA_KEYS)]
    item_id = 1000
    for o in orders:
        for title, sku, qty, price in o["items"]:
            for _ in range(qty):  # Lazada writes one row per unit
                item_id += 1
                values = {"orderItemId": str(item_id), "orderNumber": o["number"],
                          "createTime": o.get("placed", "03 Nov 2026 14:22"),
                          "sellerSku": sku, "itemName": title, "variation": "",
                          "paidPrice": price, "shippingFee": o.get("fee", "0.00"),
                          "customerName": o.get("name", ""), "shippingName": o.get("name", ""),
                          "shippingPhone": o.get("phone", ""),
                          "shippingAddress": o.get("address", ""),
                          "shippingCity": o.get("city", ""), "shippingPostCode": "",
                          "shippingCountry": o.get("country", "Malaysia"),
                          "payMethod": "COD", "shippingProvider": o.get("courier", ""),
                          "trackingCode": o.get("tracking", ""),
                          "status": o.get("status", "delivered")}
                rows.append([values[k] for k in LAZADA_KEYS])
    return rows


TOKOPEDIA_KEYS = ["Nomor", "Nomor Invoice", "Tanggal Pembayaran", "Status Terakhir",
                  "Nama Produk", "Nomor SKU", "Jumlah Produk Dibeli", "Harga Jual (IDR)",
                  "Total Biaya Pengiriman (IDR)", "Total Penjualan (IDR)", "Nama Pembeli",
                  "Nama Penerima", "No Telp Penerima", "Alamat Pengiriman", "Kota",
                  "Provinsi", "Nama Kurir", "No Resi / Kode Booking"]


def tokopedia_rows(orders: Iterable[dict[str, Any]], blank_repeats: bool = True) -> list[Row]:
    """A title block of four rows, the header on row 5; an order's second item row leaves
    the order columns empty, as the export does."""
    rows: list[Row] = [["Laporan Penjualan"], ["Toko: Kedai Batik Siti"],
                       ["Periode: 01-11-2026 - 30-11-2026"], [], list(TOKOPEDIA_KEYS)]
    n = 0
    for o in orders:
        for i, (title, sku, qty, price) in enumerate(o["items"]):
            n += 1
            order_cells = {"Nomor Invoice": o["number"],
                           "Tanggal Pembayaran": o.get("placed", "03-11-2026 14:22:10"),
                           "Status Terakhir": o.get("status", "Pesanan Selesai"),
                           "Total Biaya Pengiriman (IDR)": o.get("fee", "Rp 18.000"),
                           "Total Penjualan (IDR)": "", "Nama Pembeli": o.get("name", ""),
                           "Nama Penerima": o.get("name", ""),
                           "No Telp Penerima": o.get("phone", ""),
                           "Alamat Pengiriman": o.get("address", ""), "Kota": "Bandung",
                           "Provinsi": "Jawa Barat", "Nama Kurir": o.get("courier", ""),
                           "No Resi / Kode Booking": o.get("tracking", "")}
            if i > 0 and blank_repeats:
                order_cells = {k: "" for k in order_cells}
            values = {"Nomor": n, "Nama Produk": title, "Nomor SKU": sku,
                      "Jumlah Produk Dibeli": qty, "Harga Jual (IDR)": price, **order_cells}
            rows.append([values[k] for k in TOKOPEDIA_KEYS])
    return rows


TIKTOK_KEYS = ["Order ID", "Order Status", "Seller SKU", "Product Name", "Variation",
               "Quantity", "SKU Unit Original Price", "SKU Subtotal After Discount",
               "Shipping Fee After Discount", "Order Amount", "Created Time", "Paid Time",
               "Shipped Time", "Delivered Time", "Tracking ID", "Shipping Provider Name",
               "Buyer Username", "Recipient", "Phone #", "Country", "Province",
               "Regency and City", "Detail Address", "Payment Method"]


def tiktok_rows(orders: Iterable[dict[str, Any]]) -> list[Row]:
    rows: list[Row] = [list(TIKTOK_KEYS)]
    for o in orders:
        for title, sku, qty, price in o["items"]:
            values = {"Order ID": o["number"], "Order Status": o.get("status", "Shipped"),
                      "Seller SKU": sku, "Product Name": title, "Variation": "",
                      "Quantity": qty, "SKU Unit Original Price": price,
                      "SKU Subtotal After Discount": o.get("line", price * qty),
                      "Shipping Fee After Discount": o.get("fee", 0), "Order Amount": "",
                      "Created Time": o.get("placed", "03/11/2026 14:22:10"),
                      "Paid Time": o.get("paid", "03/11/2026 14:25:00"),
                      "Shipped Time": o.get("shipped", ""), "Delivered Time": "",
                      "Tracking ID": o.get("tracking", ""),
                      "Shipping Provider Name": o.get("courier", ""),
                      "Buyer Username": o.get("buyer", ""), "Recipient": o.get("name", ""),
                      "Phone #": o.get("phone", ""), "Country": o.get("country", "Indonesia"),
                      "Province": "DKI Jakarta", "Regency and City": "Jakarta Selatan",
                      "Detail Address": o.get("address", ""), "Payment Method": "GoPay"}
            rows.append([values[k] for k in TIKTOK_KEYS])
    return rows


def ebay_rows(orders: Iterable[dict[str, Any]], uk: bool = False) -> list[Row]:
    """The Seller Hub orders report: an order of several items is an order row, then one
    row per item; two trailer rows close it."""
    ship = "Post To" if uk else "Ship To"
    keys = ["Sales Record Number", "Order Number", "Buyer Username", "Buyer Name",
            "Buyer Email", f"{ship} Name", f"{ship} Phone", f"{ship} Address 1",
            f"{ship} City", f"{ship} {'County' if uk else 'State'}",
            f"{ship} {'Postcode' if uk else 'Zip'}", f"{ship} Country", "Item Number",
            "Item Title", "Custom Label", "Quantity", "Sold For",
            "Postage And Packaging" if uk else "Shipping And Handling", "Total Price",
            "Payment Method", "Sale Date", "Paid On Date",
            "Dispatched On Date" if uk else "Shipped On Date",
            "Delivery Service" if uk else "Shipping Service", "Tracking Number"]
    rows: list[Row] = [keys]
    sign = "£" if uk else "$"
    for n, o in enumerate(orders, start=1001):
        order = [str(n), o["number"], o.get("buyer", ""), o.get("name", ""),
                 o.get("email", ""), o.get("name", ""), o.get("phone", ""),
                 o.get("address", ""), "Austin", "TX", "73301", o.get("country", "United States")]
        tail = [o.get("fee", f"{sign}5.00"), o.get("total", ""), "PayPal",
                o.get("placed", "Nov-03-26"), o.get("paid", "Nov-03-26"),
                o.get("shipped", ""), o.get("service", "Standard Shipping"),
                o.get("tracking", "")]
        items = o["items"]
        if len(items) > 1:
            rows.append([*order, "", "", "", sum(i[2] for i in items), "", *tail])
        for title, sku, qty, price in items:
            rows.append([*order, "1234567890", title, sku, qty, f"{sign}{price}", *tail])
    rows.append([f"{len(rows) - 1} record(s) downloaded"] + [""] * (len(keys) - 1))
    rows.append(["Seller ID: kedaibatiksiti"] + [""] * (len(keys) - 1))
    return rows


def write_xlsx(path: Path, rows: Sequence[Row], above: Sequence[Row] = ()) -> Path:
    """``rows`` in the first sheet, below ``above`` (branding, a title block)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("orders")
    for row in [*above, *rows]:
        sheet.append(list(row))
    book.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Row], preamble: Sequence[str] = (),
              encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        for line in preamble:
            f.write(line + "\r\n")
        writer = csv.writer(f)
        for row in rows:
            writer.writerow(["" if c is None else c for c in row])
    return path
