"""Interaction loading and train/test split."""
from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd


def load_interactions(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, usecols=["user_id", "item_id", "ts"])
    df["user_idx"] = df["user_id"].astype("category").cat.codes
    df["item_idx"] = df["item_id"].astype("category").cat.codes
    return df


def dataset_seed(df: pd.DataFrame) -> int:
    """Seed derived from the interactions themselves, so every machine and every
    re-run on the same snapshot produces the identical split without config drift."""
    fingerprint = pd.util.hash_pandas_object(df[["user_id", "item_id"]], index=False).values
    return int(hashlib.sha1(fingerprint.tobytes()).hexdigest()[:8], 16)


def split(df: pd.DataFrame, test_fraction: float, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Random hold-out split: roughly `test_fraction` of the interactions go to test."""
    rng = np.random.default_rng(seed)
    mask = rng.random(len(df)) < test_fraction
    return df[~mask].reset_index(drop=True), df[mask].reset_index(drop=True)
