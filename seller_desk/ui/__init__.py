"""The Qt interface: widgets and item models only. All logic lives in seller_desk.core."""
