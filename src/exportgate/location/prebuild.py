"""``python -m exportgate.location.prebuild``: rewrite the shipped prebuilt index.

Run it after changing the shipped lists or the index code; a test fails until it is run.
"""

from exportgate.location.netdata import write_prebuilt_index

if __name__ == "__main__":
    print(f"wrote {write_prebuilt_index()}")
